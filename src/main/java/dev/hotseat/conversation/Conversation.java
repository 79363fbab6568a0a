package dev.hotseat.conversation;

import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.core.Grade;
import dev.hotseat.partner.PartnerLine;
import dev.hotseat.core.Mood;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

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
    private final long seed;
    private final List<Turn> turns = new ArrayList<>();
    /** The id a client gave each reply it sent, to the turn it became: a resend is recognised, never stored twice. */
    private final Map<String, Integer> clientIds = new HashMap<>();
    private final List<Try> tries = new ArrayList<>();
    private Mood mood;
    private Outcome outcome;
    private SessionReport report;

    public Conversation(String id, Scenario scenario, SessionMode mode) {
        this(id, scenario, mode, seedOf(id));
    }

    /** @param seed varies the partner's lines between sessions; the same seed and turns give the same lines */
    public Conversation(String id, Scenario scenario, SessionMode mode, long seed) {
        this.id = id;
        this.seed = seed;
        this.scenario = scenario;
        this.mode = mode;
        this.mood = initialMood();
    }

    private Mood initialMood() {
        return scenario.mood() == null ? Mood.of(50) : scenario.mood().moodAt(scenario.mood().start());
    }

    /** Rebuilds a conversation from what the store kept. */
    public static Conversation restore(StoredSession stored, Scenario scenario) {
        Conversation c = new Conversation(stored.id(), scenario, stored.mode(), stored.seed());
        stored.turns().forEach(c::append);
        c.outcome = stored.outcome();
        c.report = stored.report();
        return c;
    }

    public String id() {
        return id;
    }

    /** A seed derived from a session id: random ids give varied sessions, and the same id the same lines. */
    public static long seedOf(String id) {
        long h = 1125899906842597L;
        for (char ch : String.valueOf(id).toCharArray()) {
            h = 31 * h + ch;
        }
        return h;
    }

    public long seed() {
        return seed;
    }

    public Scenario scenario() {
        return scenario;
    }

    public SessionMode mode() {
        return mode;
    }

    /**
     * The turn the learner's reply would become, not yet part of the conversation: the store keeps it first, and
     * only then does {@link #add(Turn, String)} take it in, so a write that fails leaves no trace here.
     */
    public synchronized Turn nextLearner(String text) {
        return Turn.learner(turns.size(), text);
    }

    /** The turn the persona's line would become, not yet part of the conversation (see {@link #nextLearner}). */
    public synchronized Turn nextPartner(PartnerLine line) {
        Mood after = line.mood() == null ? mood : line.mood();
        return Turn.partner(turns.size(), line.text(), after, line.move());
    }

    /**
     * Takes in a turn the store has kept, with the client id a learner reply was sent with (null for none). Refused
     * when it is not the next turn: memory and the store must hold the same turns, in the same places.
     */
    public synchronized Turn add(Turn turn, String clientId) {
        if (turn.index() != turns.size()) {
            throw new IllegalStateException("Turn " + turn.index() + " of session '" + id + "' is not the next one ("
                    + turns.size() + ")");
        }
        append(turn);
        if (clientId != null) {
            clientIds.put(clientId, turn.index());
        }
        return turn;
    }

    /** Adds the learner's reply as the next turn (for callers with no store to keep it first). */
    public synchronized Turn addLearner(String text) {
        return add(nextLearner(text), null);
    }

    /** Adds the persona's line as the next turn and takes on its mood (for callers with no store). */
    public synchronized Turn addPartner(PartnerLine line) {
        return add(nextPartner(line), null);
    }

    /** The turn a reply with this client id became, if one did. */
    public synchronized OptionalInt turnOf(String clientId) {
        Integer index = clientIds.get(clientId);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** The client id the learner turn {@code index} was sent with, or null. */
    public synchronized String clientIdOf(int index) {
        return clientIds.entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** Takes back the client ids the store kept, after a restart. */
    public synchronized void rememberClientIds(Map<String, Integer> stored) {
        clientIds.putAll(stored);
    }

    /** Records the verdict on learner turn {@code index}. */
    public synchronized void grade(int index, Grade grade) {
        turns.set(index, turns.get(index).withGrade(grade));
    }

    /**
     * Sets aside learner turn {@code from} and everything after it as a try, so the learner can answer that
     * turn again; the mood goes back to what it was before it.
     */
    public synchronized Try rewind(int from) {
        Try set = new Try(tries.size() + 1, from, turns.subList(from, turns.size()));
        tries.add(set);
        turns.subList(from, turns.size()).clear();
        mood = turns.stream().map(Turn::mood).filter(java.util.Objects::nonNull).reduce((a, b) -> b).orElse(initialMood());
        return set;
    }

    /** Puts back the tries the store kept (when a session is loaded). */
    public synchronized void restoreTries(List<Try> kept) {
        tries.clear();
        tries.addAll(kept);
    }

    /** The tries set aside so far, oldest first. */
    public synchronized List<Try> tries() {
        return List.copyOf(tries);
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
