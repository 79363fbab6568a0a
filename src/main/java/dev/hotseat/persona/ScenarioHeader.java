package dev.hotseat.persona;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The YAML header of a scenario file as written; boxed numbers so a missing key can be told from 0. */
record ScenarioHeader(
        String id,
        Mode mode,
        String title,
        Difficulty difficulty,
        String summary,
        String briefing,
        Scenario.Persona persona,
        String situation,
        LinkedHashMap<String, String> facts,
        List<Scenario.HiddenFact> hiddenFacts,
        Scenario.Want wants,
        List<String> policy,
        List<String> beyondPolicy,
        List<String> angers,
        MoodHeader mood,
        LinkedHashMap<String, List<String>> lines,
        InterviewHeader questions,
        String style,
        String rubric,
        Card card) {

    /**
     * What a Character Card brought that Hotseat does not play: kept so an exported card loses nothing, and never
     * sent to a model (no engine reads it; {@link Scenario} has no field for it).
     *
     * @param notes      the card's creator_notes: notes for coaches
     * @param tags       the card's tags
     * @param extensions the card's extensions other than Hotseat's own
     * @param keep       every other card field Hotseat has no place for, as the card had it
     */
    record Card(String notes, List<String> tags, LinkedHashMap<String, Object> extensions,
                LinkedHashMap<String, Object> keep) {
    }

    /** The optional mood block; anything left out comes from the difficulty. */
    record MoodHeader(Integer start, Integer patience, Integer pushback, Integer calmEnough,
                      Map<Integer, String> labels) {
    }

    /** The questions block of an interview. */
    record InterviewHeader(String main, LinkedHashMap<String, List<String>> followUps,
                           LinkedHashMap<String, List<String>> closing, Integer minQuestions,
                           Integer maxQuestions) {
    }
}
