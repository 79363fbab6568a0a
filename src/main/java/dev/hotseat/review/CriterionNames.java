package dev.hotseat.review;

import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Scenario;
import java.util.Map;
import java.util.TreeMap;

/** Criteria by the names their rubrics give them ("Sincere apology"), so coaches read names, not ids. */
final class CriterionNames {
    private CriterionNames() {
    }

    /** Every criterion of the rubrics the loaded scenarios use, id to name (the first rubric to name an id wins). */
    static Map<String, String> of(PromptLibrary library) {
        Map<String, String> names = new TreeMap<>();
        for (Scenario s : library.scenarios()) {
            library.rubric(s.rubric()).criteria().forEach(c -> names.putIfAbsent(c.id(), c.name()));
        }
        return names;
    }
}
