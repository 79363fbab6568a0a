package dev.hotseat.evaluation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The server does not start on a reader it cannot trust: a missing or damaged file is named, with what to do. */
class ReaderFilesTest {

    private static byte[] shipped(String name) {
        try (InputStream in = ReaderModel.class.getResourceAsStream(ReaderModel.FOLDER + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Function<String, InputStream> shippedExcept(String name, byte[] replacement) {
        return n -> n.equals(name) ? (replacement == null ? null : new ByteArrayInputStream(replacement))
                : new ByteArrayInputStream(shipped(n));
    }

    @Test
    void aMissingEncoder_isNamed() {
        ReaderMissingException e = assertThrows(ReaderMissingException.class,
                () -> ReaderModel.load(shippedExcept("encoder.onnx", null)));

        assertTrue(e.getMessage().contains("encoder.onnx") && e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void aDamagedHead_isNamed_withItsHashAndTheFix() {
        byte[] head = shipped("head.bin");
        head[head.length / 2] ^= 0x5A;

        ReaderMissingException e = assertThrows(ReaderMissingException.class,
                () -> ReaderModel.load(shippedExcept("head.bin", head)));

        assertTrue(e.getMessage().contains("head.bin") && e.getMessage().contains("damaged")
                && e.getMessage().contains("training/train.py"), e.getMessage());
    }

    @Test
    void aManifestThatIsNotJson_isNamed() {
        ReaderMissingException e = assertThrows(ReaderMissingException.class,
                () -> ReaderModel.load(shippedExcept("reader.json", "{not json".getBytes())));

        assertTrue(e.getMessage().contains("reader.json"), e.getMessage());
    }

    @Test
    void theShippedFiles_load() {
        assertTrue(ReaderModel.load().acts("customer").contains("solution"));
    }
}
