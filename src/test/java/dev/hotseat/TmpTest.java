package dev.hotseat;
import org.junit.jupiter.api.Test;
class TmpTest { @Test void t() { org.junit.jupiter.api.Assertions.assertEquals(2, 1+1); } }
