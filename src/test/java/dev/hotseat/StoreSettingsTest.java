package dev.hotseat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** --database and --keep-days, from flags and from HOTSEAT_DATABASE / HOTSEAT_KEEP_DAYS. */
class StoreSettingsTest {

    @Test
    void byDefault_sqliteInTheDataFolder_andNothingIsRemoved() {
        Settings s = Settings.parse(new String[0], Map.of());

        assertEquals("", s.database());
        assertEquals(0, s.keepDays());
    }

    @Test
    void postgresUrl_andKeepDays_comeFromTheEnvironment_andThePasswordIsNeverPrinted() {
        Settings s = Settings.parse(new String[0], Map.of(
                "HOTSEAT_DATABASE", "jdbc:postgresql://db:5432/hotseat?user=hs&password=hunter2",
                "HOTSEAT_KEEP_DAYS", "90"));

        assertEquals("jdbc:postgresql://db:5432/hotseat?user=hs&password=hunter2", s.database());
        assertEquals(90, s.keepDays());
        assertFalse(s.toString().contains("hunter2"), s.toString());
        assertTrue(s.toString().contains("password=***"), s.toString());
    }

    @Test
    void databaseThatIsNotPostgres_isRefused_quotingItWithoutThePassword() {
        Settings.InvalidSettingException e = assertThrows(Settings.InvalidSettingException.class,
                () -> Settings.parse(new String[] {"--database", "mysql://db/hotseat?password=hunter2"}, Map.of()));

        assertTrue(e.getMessage().startsWith("Bad value 'mysql://db/hotseat?password=***' for --database"), e.getMessage());
        assertTrue(e.getMessage().contains("jdbc:postgresql://"), e.getMessage());
    }

    @Test
    void negativeKeepDays_isRefused() {
        Settings.InvalidSettingException e = assertThrows(Settings.InvalidSettingException.class,
                () -> Settings.parse(new String[] {"--keep-days", "-3"}, Map.of()));

        assertTrue(e.getMessage().contains("'-3' for --keep-days"), e.getMessage());
    }
}
