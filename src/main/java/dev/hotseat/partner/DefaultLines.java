package dev.hotseat.partner;

import java.util.List;
import java.util.Map;

/** Fallback lines for the optional line groups a scenario leaves out (see prompts/README.md), in default-lines.yaml. */
final class DefaultLines {
    private static final Map<String, Map<String, List<String>>> ALL = BundledYaml.lineGroups("default-lines.yaml");
    private static final Map<String, List<String>> CUSTOMER = ALL.get("customer");
    private static final Map<String, List<String>> VOICE_WORDS = BundledYaml.ordered("default-lines.yaml", "voices");
    private static final Map<String, List<String>> ACK = ALL.get("acknowledgements");
    private static final Map<String, List<String>> INTERVIEW = ALL.get("interview");

    private DefaultLines() {
    }

    /** A built-in customer line group in a register ("courteous"), else the plain one. */
    static List<String> customer(String key, String register) {
        Map<String, List<String>> voiced = ALL.getOrDefault("customer:" + register, Map.of());
        return voiced.getOrDefault(key, CUSTOMER.getOrDefault(key, List.of()));
    }

    static List<String> customer(String key) {
        return CUSTOMER.getOrDefault(key, List.of());
    }

    /** Register → the words of a persona's voice that choose it, in file order. */
    static Map<String, List<String>> voiceWords() {
        return VOICE_WORDS;
    }

    static List<String> acknowledgements(String style) {
        return ACK.getOrDefault(Styles.of(style), ACK.get(Styles.FRIENDLY));
    }

    static List<String> interview(String key) {
        return INTERVIEW.getOrDefault(key, List.of());
    }

    /** A built-in interviewer line for a style, e.g. "nudge" for a strict interviewer. */
    static List<String> interview(String key, String style) {
        return INTERVIEW.getOrDefault(key + ":" + Styles.of(style),
                INTERVIEW.getOrDefault(key + ":" + Styles.FRIENDLY, INTERVIEW.getOrDefault(key, List.of())));
    }
}
