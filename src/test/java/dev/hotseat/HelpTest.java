package dev.hotseat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code --help} names every command and every flag with its environment variable and default; a typo gets a suggestion. */
class HelpTest {

    @Test
    void theHelp_namesEveryFlagSettingsReads_withItsVariableAndDefault() {
        // given the flags Settings reads, and the help's table
        Set<String> helped = Help.FLAGS.stream().map(Help.Flag::name).collect(Collectors.toSet());

        // then they are the same flags, and each line shows flag, variable and default
        assertEquals(Set.copyOf(Settings.NAMES), helped);
        String text = Help.text();
        for (Help.Flag flag : Help.FLAGS) {
            String line = text.lines().filter(l -> l.startsWith("--" + flag.name() + " ")).findFirst().orElse("");
            assertTrue(line.contains(flag.env()) && line.contains(flag.byDefault() + ": "), flag.name() + ": " + line);
        }
    }

    @Test
    void theHelp_namesEveryCommand() {
        for (String command : new String[] {"lint", "backup", "check", "users add", "users reset", "users list",
            "users remove", "--help"}) {
            assertTrue(Help.text().contains("hotseat.jar " + command) || Help.text().contains(command), command);
        }
    }

    @Test
    void helpIsAskedWithHelpDashDashHelpOrDashH() {
        for (String asked : new String[] {"help", "--help", "-h"}) {
            assertTrue(Help.asked(new String[] {asked}), asked);
        }
        assertTrue(!Help.asked(new String[] {"--port", "0"}));
    }

    @Test
    void aMisspeltFlag_isRefusedWithTheNearestOne() {
        Settings.InvalidSettingException e = assertThrows(Settings.InvalidSettingException.class,
                () -> Settings.parse(new String[] {"--prot", "8080"}, Map.of()));
        assertTrue(e.getMessage().contains("did you mean --port?"), e.getMessage());
        Settings.InvalidSettingException far = assertThrows(Settings.InvalidSettingException.class,
                () -> Settings.parse(new String[] {"--colour", "red"}, Map.of()));
        assertTrue(far.getMessage().contains("--help") && !far.getMessage().contains("did you mean"), far.getMessage());
    }
}
