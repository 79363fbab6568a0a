package dev.hotseat.conversation;

import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.Grade;
import dev.hotseat.partner.PartnerLine;
import dev.hotseat.persona.Mood;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One chat: its scenario, every turn so far, the persona's mood and how it ended. The one mutable thing per
 * chat; the turn pipeline changes it one turn at a time, readers get copies.
 */
public final class Conversation {
    /** How many of the persona's latest lines a reply is graded against. */
    private static final int RECENT_PARTNER_LINES = 3;

    private final String id;
    private final Scenario scenario;
    private final SessionMode mode;
    private final List<Turn> turns = new ArrayList<>();
    private Mood mood;
    private Outcome outcome;
    private SessionReport report;

    public Conversation(String id, Scenario scenario, SessionMode mode) {
        this.id = id;
        this.scenario = scenario;
        this.mode = mode;
        this.mood = scenario.mood() == null ? Mood.of(50) : scenario.mood().moodAt(scenario.mood().start());
    }

    /** Rebuilds a conversation from what the store kept. */
    public static Conversation restore(StoredSession stored, Scenario scenario) {
        Conversation c = new Conversation(stored.id(), scenario, stored.mode());
        stored.turns().forEach(c::append);
        c.outcome = stored.outcome();
        c.report = stored.report();
        return c;
    }

    public String id() {
        return id;
    }

    public Scenario scenario() {
        return scenario;
    }

    public SessionMode mode() {
        return mode;
    }

    /** Adds the learner's reply as the next turn. */
    public synchronized Turn addLearner(String text) {
        return append(Turn.learner(turns.size(), text));
    }

    /** Adds the persona's line as the next turn and takes on its mood. */
    public synchronized Turn addPartner(PartnerLine line) {
        Mood after = line.mood() == null ? mood : line.mood();
        return append(Turn.partner(turns.size(), line.text(), after, line.move()));
    }

    /** Records the verdict on learner turn {@code index}. */
    public synchronized void grade(int index, Grade grade) {
        turns.set(index, turns.get(index).withGrade(grade));
    }

    /** Marks the conversation over. */
    public synchronized void end(Outcome how, SessionReport finalReport) {
        this.outcome = how;
        this.report = finalReport;
    }

    private synchronized Turn append(Turn turn) {
        turns.add(turn);
        if (turn.mood() != null) {
            mood = turn.mood();
        }
        return turn;
    }

    /** Every turn so far, oldest first. */
    public synchronized List<Turn> turns() {
        return List.copyOf(turns);
    }

    /** The persona's mood now. */
    public synchronized Mood mood() {
        return mood;
    }

    /**
     * The persona's last few lines, oldest first: what a reply answers. More than the last line, because a
     * learner who repeats back the complaint from the opening is restating the problem, even two turns later.
     */
    public synchronized String recentPartnerText() {
        List<String> lines = new ArrayList<>();
        for (int i = turns.size() - 1; i >= 0 && lines.size() < RECENT_PARTNER_LINES; i--) {
            if (!turns.get(i).byLearner()) {
                lines.add(0, turns.get(i).text());
            }
        }
        return String.join(" ", lines);
    }

    public synchronized boolean ended() {
        return outcome != null;
    }

    public synchronized Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public synchronized Optional<SessionReport> report() {
        return Optional.ofNullable(report);
    }

    /** True when grades may be shown now: always in practice, only once it ended in an exam. */
    public synchronized boolean gradesVisible() {
        return mode == SessionMode.PRACTICE || outcome != null;
    }
}
