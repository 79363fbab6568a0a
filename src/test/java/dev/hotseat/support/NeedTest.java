package dev.hotseat.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each need says why it is missing, naming the path it looked at and what to install. */
class NeedTest {
    @TempDir
    Path dir;

    private static Function<String, Optional<String>> settings(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    @Test
    void chromium_atAPathWithNoBrowser_isMissing_withThePathAndTheInstallCommand() {
        Optional<String> why = Need.CHROMIUM.missing(settings(Map.of(Need.CHROMIUM_PATH, "/nowhere/chromium")));

        assertTrue(why.orElseThrow().contains("/nowhere/chromium"), why.toString());
        assertTrue(why.orElseThrow().contains("apt-get install chromium chromium-driver"), why.toString());
    }

    @Test
    void postgresql_inAFolderWithoutItsBinaries_isMissing_withTheInstallCommand() {
        Optional<String> why = Need.POSTGRESQL.missing(settings(Map.of(Need.POSTGRES_BIN, dir.toString())));

        assertTrue(why.orElseThrow().contains("apt-get install postgresql"), why.toString());
    }

    @Test
    void postgresql_inAFolderWithInitdbAndPgCtl_isThere() throws Exception {
        for (String tool : new String[] {"initdb", "pg_ctl"}) {
            Path file = Files.writeString(dir.resolve(tool), "#!/bin/sh\n");
            assertTrue(file.toFile().setExecutable(true));
        }

        Optional<String> why = Need.POSTGRESQL.missing(settings(Map.of(Need.POSTGRES_BIN, dir.toString())));

        assertEquals(Optional.empty(), why);
        assertEquals(Optional.of(dir), Need.postgresBin(settings(Map.of(Need.POSTGRES_BIN, dir.toString()))));
    }
}
