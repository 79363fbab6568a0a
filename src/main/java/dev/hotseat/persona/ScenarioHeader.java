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
        String rubric) {

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
