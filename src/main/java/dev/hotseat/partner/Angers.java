package dev.hotseat.partner;

import dev.hotseat.persona.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reaction to each of a scenario's listed {@code angers}, when a reply touches it (the reader matches the reply
 * to the anger by meaning): the group {@code anger:N} (N counts from 1) if the scenario has one; else a keyed group
 * whose word the anger names, at the start of one of its words ({@code deflect:courier} for "being told the courier
 * is a separate company", {@code deflect:engineer} for "hearing that engineers are aware"); else a
 * built-in aim the anger names (policy, website, another department, "calm down"). An anger with none of these has
 * no reaction of its own, and {@code lint} says so.
 */
public final class Angers {
    /** Built-in aims and the words of an anger that choose them. */
    private static final Map<String, List<String>> AIMS = Map.of(
            "deflect:policy", List.of("policy", "policies", "rules", "terms", "procedure"),
            "deflect:website", List.of("website", "site", "online", "app", "tracking", "faq"),
            "deflect:department", List.of("department", "team", "transferred", "elsewhere", "someone"),
            "blame:calm", List.of("calm"));

    private Angers() {
    }

    /** The line group that reacts to the N-th anger: its own, else the general "anger" lines. */
    static String group(Scenario s, int n) {
        return own(s, n).orElse("anger");
    }

    /** The group of the scenario's or the built-in lines aimed at the N-th anger (1 = the first), if any. */
    public static Optional<String> own(Scenario s, int n) {
        if (n < 1 || n > s.angers().size()) {
            return Optional.empty();
        }
        if (s.lines().containsKey("anger:" + n)) {
            return Optional.of("anger:" + n);
        }
        List<String> words = Words.of(s.angers().get(n - 1));
        Optional<String> keyed = s.lines().keySet().stream().sorted()
                .filter(k -> k.startsWith("deflect:") || k.startsWith("blame:") || k.startsWith("reject:"))
                .filter(k -> Words.of(k.substring(k.indexOf(':') + 1)).stream()
                        .allMatch(w -> words.stream().anyMatch(a -> a.startsWith(w))))
                .findFirst();
        return keyed.or(() -> AIMS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> e.getValue().stream().anyMatch(words::contains)).map(Map.Entry::getKey).findFirst());
    }
}
