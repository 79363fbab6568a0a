package dev.hotseat.partner;

import dev.hotseat.core.Mood;
import dev.hotseat.persona.Scenario;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plain-words instruction a language-model partner gets for each move (the scripted partner ignores it). The
 * words are in intents.yaml, one per move; {@code {wants}}-style gaps are filled from the scenario and the move.
 */
final class Intents {
    private static final Map<String, String> TEXTS = BundledYaml.texts("intents.yaml");

    private Intents() {
    }

    /** The instruction for a move said the same way in every scenario, e.g. "blame". */
    static String of(String move) {
        return of(move, null, Map.of());
    }

    /** The instruction for {@code move}, e.g. "press", with the scenario's name, situation, facts or wants. */
    static String of(String move, Scenario s) {
        return of(move, s, Map.of());
    }

    /** The instruction for {@code move}, e.g. "promise", with what was said ({@code {promised}}, {@code {ref}}…). */
    static String of(String move, Map<String, String> said) {
        return of(move, null, said);
    }

    /** The instruction for {@code move}; a gap is filled from {@code said} first, then from the scenario. */
    static String of(String move, Scenario s, Map<String, String> said) {
        String text = TEXTS.get(move);
        if (text == null) {
            throw new IllegalArgumentException("No intent '" + move + "' in intents.yaml (known: "
                    + TEXTS.keySet().stream().sorted().collect(Collectors.joining(", ")) + ")");
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', from)) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                break;
            }
            out.append(text, from, open).append(fill(move, text.substring(open + 1, close), s, said));
            from = close + 1;
        }
        return out.append(text.substring(from)).toString();
    }

    static String warn(String threat) {
        return of(threat.equals("manager") ? "warn:manager" : "warn:leave");
    }

    /** Their summary of the problem was right: confirm it and press on. */
    static String summary(Scenario s) {
        return of("summary", s);
    }

    static String withMood(String intent, Mood mood) {
        return intent + " Your mood now: " + mood.label() + " (" + mood.level() + "/100).";
    }

    private static String fill(String move, String gap, Scenario s, Map<String, String> said) {
        if (said.containsKey(gap)) {
            return said.get(gap);
        }
        if (s == null) {
            throw new IllegalArgumentException("Intent '" + move + "' needs {" + gap + "}, and nothing gives it");
        }
        return switch (gap) {
            case "name" -> s.persona().name();
            case "situation" -> s.situation();
            case "facts" -> s.facts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            case "wants" -> s.wants().text();
            default -> throw new IllegalArgumentException("Intent '" + move + "' has an unknown gap {" + gap + "}");
        };
    }
}
