package dev.hotseat.persona;

import dev.hotseat.core.Mood;
import java.util.List;
import java.util.Map;

/**
 * One practice situation, read from a file in prompts/scenarios/. Coaches own these files; see prompts/README.md.
 *
 * @param briefing     what the learner reads before starting: who they are and what they may offer
 * @param facts        what the persona states freely (order number, date, product…); fills {placeholders} in lines
 * @param hiddenFacts  what the persona tells only when asked the right question
 * @param wants        what would satisfy the persona
 * @param policy       what the rep may offer (also shown to the learner in the briefing)
 * @param angers       what makes the persona angrier, in plain words
 * @param mood         starting mood, patience and pushiness (set by difficulty unless overridden)
 * @param lines        the scripted partner's lines, by conversational move; several variants each
 * @param questions    interviews only: the main question first, then follow-ups by what an answer lacked
 * @param style        interviews only: warm, strict or rapid-fire
 * @param instructions persona instructions for a language model, in the coach's words
 * @param rubric       id of the rubric that grades replies in this scenario
 * @param file         the file it was read from, relative to the prompts folder
 * @param beyondPolicy customers only: words that, in an offer, promise more than the policy allows (a customer
 *                     pins such a promise down instead of accepting it; see docs/mood-model.md)
 */
public record Scenario(
        String id,
        Mode mode,
        String title,
        Difficulty difficulty,
        String summary,
        String briefing,
        Persona persona,
        String situation,
        Map<String, String> facts,
        List<HiddenFact> hiddenFacts,
        Want wants,
        List<String> policy,
        List<String> angers,
        MoodSettings mood,
        Map<String, List<String>> lines,
        Interview questions,
        String style,
        String instructions,
        String rubric,
        String file,
        List<String> beyondPolicy) {

    /** Missing collections become empty and a missing mood comes from the difficulty, so engines need no null checks. */
    public Scenario {
        facts = facts == null ? Map.of() : facts;
        hiddenFacts = hiddenFacts == null ? List.of() : hiddenFacts;
        policy = policy == null ? List.of() : policy;
        angers = angers == null ? List.of() : angers;
        lines = lines == null ? Map.of() : lines;
        beyondPolicy = beyondPolicy == null ? List.of() : List.copyOf(beyondPolicy);
        if (mood == null && difficulty != null) {
            mood = mode == Mode.INTERVIEW ? MoodDefaults.interviewer(difficulty) : MoodDefaults.of(difficulty);
        }
    }

    /** A scenario without beyond-policy words (the shape before they were added). */
    public Scenario(String id, Mode mode, String title, Difficulty difficulty, String summary, String briefing,
                    Persona persona, String situation, Map<String, String> facts, List<HiddenFact> hiddenFacts,
                    Want wants, List<String> policy, List<String> angers, MoodSettings mood,
                    Map<String, List<String>> lines, Interview questions, String style, String instructions,
                    String rubric, String file) {
        this(id, mode, title, difficulty, summary, briefing, persona, situation, facts, hiddenFacts, wants, policy,
                angers, mood, lines, questions, style, instructions, rubric, file, List.of());
    }

    /** Who the persona is. */
    public record Persona(String name, String role, String voice) {
    }

    /**
     * A fact the persona keeps back until asked.
     *
     * @param askedBy words in a learner's question that uncover it (any one is enough)
     */
    public record HiddenFact(String id, String text, List<String> askedBy) {
    }

    /**
     * What would satisfy the persona.
     *
     * @param acceptedIf words in an offered solution that meet the want (any one is enough)
     */
    public record Want(String text, List<String> acceptedIf) {
    }

    /**
     * @param start    mood level (0–100) at the opening line
     * @param patience how many unhelpful replies before the persona walks out, roughly
     * @param pushback how many times a polite firm limit is pushed back before it is accepted
     * @param calmEnough mood level at or below which any concrete solution within policy is accepted
     * @param labels   the scenario's own words for the mood, each from its level up (empty: {@link Mood#of})
     */
    public record MoodSettings(int start, int patience, int pushback, int calmEnough, Map<Integer, String> labels) {

        public MoodSettings {
            labels = labels == null ? Map.of() : Map.copyOf(labels);
        }

        public MoodSettings(int start, int patience, int pushback, int calmEnough) {
            this(start, patience, pushback, calmEnough, Map.of());
        }

        /** The mood at this level, labelled with the scenario's words when it has any. */
        public Mood moodAt(int level) {
            Mood plain = Mood.of(level);
            return labels.entrySet().stream()
                    .filter(e -> e.getKey() <= plain.level())
                    .max(Map.Entry.comparingByKey())
                    .map(e -> new Mood(plain.level(), e.getValue()))
                    .orElse(plain);
        }
    }

    /**
     * An interview's questions.
     *
     * @param main      the opening question
     * @param followUps follow-up question variants by what the last answer lacked: "example", "outcome",
     *                  "limit", "listening", "general"
     * @param closing   closing verdict lines: "strong", "mixed", "weak"
     */
    public record Interview(String main, Map<String, List<String>> followUps, Map<String, List<String>> closing,
                            int minQuestions, int maxQuestions) {
    }
}
