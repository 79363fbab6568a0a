package dev.hotseat.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.core.Turn;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Mood;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.List;

/** A conversation driven by hand in tests: the learner's replies with chosen findings, the partner's answers. */
final class Chat {
    private final Scenario scenario;
    private final PartnerEngine partner;
    private final List<Turn> history = new ArrayList<>();
    private final long seed;
    private Mood mood;
    private PartnerLine last;

    Chat(Scenario scenario) {
        this(scenario, new ScriptedPartner(new ScenarioDirector()));
    }

    /** A chat in a session with this seed: which variants are said depends on it. */
    Chat(Scenario scenario, long seed) {
        this(scenario, new ScriptedPartner(new ScenarioDirector()), seed);
    }

    Chat(Scenario scenario, PartnerEngine partner) {
        this(scenario, partner, 0L);
    }

    Chat(Scenario scenario, PartnerEngine partner, long seed) {
        this.scenario = scenario;
        this.partner = partner;
        this.seed = seed;
        last = partner.reply(new PartnerRequest(scenario, List.of(), null, null, seed), d -> { });
        record(last);
    }

    /** The move the persona answers with when the learner's first reply is {@code text} with these findings. */
    static String moveAfter(Scenario scenario, String text, String... detected) {
        return new Chat(scenario).say(text, detected).move();
    }

    /** The move the persona answers with when the learner's first reply has these findings. */
    static String moveAfter(Scenario scenario, String text, Grade findings) {
        return new Chat(scenario).say(text, findings).move();
    }

    /** The learner says a reply read as given. */
    PartnerLine say(Readings reply) {
        return say(reply.text(), reply.grade());
    }

    /** The move the persona answers with when the learner's first reply is read as given. */
    static String moveAfter(Scenario scenario, Readings reply) {
        return new Chat(scenario).say(reply).move();
    }

    /** The learner says this; the findings detect the given criteria. */
    PartnerLine say(String text, String... detected) {
        return say(text, Findings.of(text, detected));
    }

    PartnerLine say(String text, Grade findings) {
        history.add(Turn.learner(history.size(), text).withGrade(findings));
        last = partner.reply(new PartnerRequest(scenario, history, findings, mood, seed), d -> { });
        record(last);
        return last;
    }

    /**
     * Says two replies in a language the persona does not speak, then checks what came back: one request for
     * English, and no second request. Returns the answer to the second, which each persona takes as no answer in its
     * own way.
     */
    PartnerLine assertAsksForEnglishOnce(Readings foreign, Readings foreignAgain) {
        PartnerLine first = say(foreign);
        PartnerLine second = say(foreignAgain);

        assertEquals("english", first.move());
        assertTrue(first.text().contains("English"), first.text());
        assertNotEquals("english", second.move());
        return second;
    }

    private void record(PartnerLine line) {
        history.add(Turn.partner(history.size(), line.text(), line.mood(), line.move()));
        mood = line.mood();
    }

    /** The persona's moves so far, the opening first. */
    List<String> moves() {
        return history.stream().filter(t -> !t.byLearner()).map(Turn::move).toList();
    }

    Scenario scenario() {
        return scenario;
    }

    PartnerLine last() {
        return last;
    }

    List<Turn> history() {
        return history;
    }

    List<String> partnerLines() {
        return history.stream().filter(t -> !t.byLearner()).map(Turn::text).toList();
    }
}
