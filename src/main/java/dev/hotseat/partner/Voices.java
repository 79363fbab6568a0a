package dev.hotseat.partner;

import dev.hotseat.persona.Scenario;
import java.util.List;
import java.util.Map;

/**
 * The register a persona's built-in lines are said in, from the words of its {@code voice}: courteous Margaret
 * ("Hello, dear") never says "Get me your supervisor"; a clipped, sarcastic caller never says "I'd rather not make
 * a fuss". The registers and the voice words that choose them are in default-lines.yaml ({@code voices});
 * a scenario's own lines always win.
 */
final class Voices {
    /** The register when the voice names none of the listed words. */
    static final String PLAIN = "plain";

    private Voices() {
    }

    /** The first register (in file order) with a word that the persona's voice uses, else {@link #PLAIN}. */
    static String register(Scenario s) {
        if (s.persona() == null || s.persona().voice() == null) {
            return PLAIN;
        }
        List<String> voice = Words.of(s.persona().voice());
        for (Map.Entry<String, List<String>> register : DefaultLines.voiceWords().entrySet()) {
            if (register.getValue().stream().anyMatch(voice::contains)) {
                return register.getKey();
            }
        }
        return PLAIN;
    }
}
