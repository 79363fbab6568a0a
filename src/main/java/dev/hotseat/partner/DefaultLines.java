package dev.hotseat.partner;

import java.util.List;
import java.util.Map;

/** Fallback lines for the optional line groups a scenario leaves out (see prompts/README.md), in default-lines.yaml. */
final class DefaultLines {
    private static final Map<String, Map<String, List<String>>> ALL = BundledYaml.lineGroups("default-lines.yaml");
    private static final Map<String, List<String>> CUSTOMER = ALL.get("customer");
    private static final Map<String, List<String>> ACK = ALL.get("acknowledgements");
    private static final Map<String, List<String>> INTERVIEW = ALL.get("interview");

    private DefaultLines() {
    }

    static List<String> customer(String key) {
        return CUSTOMER.getOrDefault(key, List.of());
    }

    static List<String> acknowledgements(String style) {
        return ACK.getOrDefault(style == null ? "warm" : style, ACK.get("warm"));
    }

    static List<String> interview(String key) {
        return INTERVIEW.getOrDefault(key, List.of());
    }

    /** A built-in interviewer line for a style, e.g. "nudge" for a strict interviewer. */
    static List<String> interview(String key, String style) {
        return INTERVIEW.getOrDefault(key + ":" + (style == null ? "warm" : style), INTERVIEW.get(key + ":warm"));
    }
}
