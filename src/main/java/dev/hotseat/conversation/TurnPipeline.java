package dev.hotseat.conversation;

import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.core.Grade;
import dev.hotseat.partner.PartnerLine;
import dev.hotseat.partner.PartnerRequest;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Rubric;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One turn: store the learner's reply, then grade it and let the persona answer at the same time, sending each
 * result as it is ready. Callers run it on the session's queue, so one session's turns never overlap.
 */
public final class TurnPipeline {
    /** What the persona hears of a reply that could not be graded in time: no skill shown, none missed. */
    private static final Grade NOTHING_FOUND = new Grade(0, List.of(), "", false, "", "not-graded");
    private final Engines engines;
    private final TurnWrites writes;
    private final PromptLibrary library;
    private final Executor executor;
    private final ReportWriter reports = new ReportWriter();
    private final TurnMeter meter;

    public TurnPipeline(Engines engines, SessionStore store, PromptLibrary library, Executor executor) {
        this(engines, store, TryStore.NONE, library, executor, TurnMeter.NONE);
    }

    public TurnPipeline(Engines engines, SessionStore store, TryStore tries, PromptLibrary library, Executor executor) {
        this(engines, store, tries, library, executor, TurnMeter.NONE);
    }

    public TurnPipeline(Engines engines, SessionStore store, TryStore tries, PromptLibrary library, Executor executor,
                        TurnMeter meter) {
        this.engines = engines;
        this.writes = new TurnWrites(store, tries);
        this.library = library;
        this.executor = executor;
        this.meter = meter;
    }

    /** The persona's opening line. */
    public void open(ChatSession session) {
        Conversation c = session.conversation();
        speak(session, new PartnerRequest(c.scenario(), c.turns(), null, c.mood(), c.seed()));
    }

    /** The learner's reply, already checked for length: stored first, then graded and answered. */
    public void reply(ChatSession session, String text) {
        reply(session, text, null);
    }

    /**
     * As {@link #reply(ChatSession, String)}, for a reply the client gave an id: once it is stored the client hears
     * {@code stored}; a resend of a stored id hears the same {@code stored} again and nothing else happens.
     */
    public void reply(ChatSession session, String text, String clientId) {
        Conversation c = session.conversation();
        if (clientId != null) {
            OptionalInt known = c.turnOf(clientId);
            if (known.isPresent()) {
                session.events().stored(clientId, known.getAsInt());
                return;
            }
        }
        if (c.ended()) {
            throw ReplyRejectedException.ended(c.id());
        }
        long started = System.nanoTime();
        Turn learner = writes.reply(c, c.nextLearner(text), clientId);
        if (clientId != null) {
            session.events().stored(clientId, learner.index());
        }
        answer(session, learner);
        meter.turn(System.nanoTime() - started);
    }

    /**
     * The learner answers their turn {@code turn} again: that turn and everything after it become a try (in the
     * store first, then in memory), then {@code text} goes through the pipeline as an ordinary reply. The
     * engines only ever see the turns that remain, so the persona answers as if the try never happened.
     * Refused, changing nothing, after the end, in an exam, or for a turn that is not the learner's.
     */
    public void retry(ChatSession session, int turn, String text) {
        Conversation c = session.conversation();
        if (c.ended()) {
            throw ReplyRejectedException.ended(c.id());
        }
        if (c.mode() == SessionMode.EXAM) {
            throw ReplyRejectedException.retryInExam();
        }
        List<Turn> turns = c.turns();
        if (turn < 0 || turn >= turns.size() || !turns.get(turn).byLearner()) {
            throw ReplyRejectedException.noSuchTurn(turn, turns.stream().filter(Turn::byLearner).map(Turn::index).toList());
        }
        Try set = writes.setAside(c, turn);
        session.events().rewound(c, set, text);
        reply(session, text, null);
    }

    /**
     * Answers a stored learner turn that never got its answer (the server stopped mid-turn, or the answer could
     * not be stored): {@code resume} calls this, so a reply the learner sent is graded and answered, never silently
     * dropped. A session whose opening line was never stored hears it now. (The next reply does not: a reply that
     * breaks an engine would then break every reply after it.)
     */
    public void answerUnanswered(ChatSession session) {
        Conversation c = session.conversation();
        List<Turn> turns = c.turns();
        if (c.ended()) {
            return;
        }
        if (turns.isEmpty()) {
            open(session);
        } else if (turns.get(turns.size() - 1).byLearner()) {
            answer(session, turns.get(turns.size() - 1));
        }
    }

    private void answer(ChatSession session, Turn learner) {
        Conversation c = session.conversation();
        List<Turn> earlier = c.turns().stream().filter(t -> t.byLearner() && t.index() < learner.index()).toList();
        Exchange exchange = new Exchange(c.scenario().mode(), c.recentPartnerText(), learner.text(), c.scenario(),
                earlier.stream().map(Turn::text).toList(), earlier.stream().map(Turn::grade).toList());
        long gradingStarted = System.nanoTime();
        Grade findings;
        try {
            findings = engines.findings().grade(exchange);
        } catch (NotGradedException late) {
            // Over budget: the learner hears so, and the persona answers a reply it found nothing in.
            session.events().failed(late.forTurn(learner.index()));
            endIfOver(session, speak(session, request(c, NOTHING_FOUND)));
            return;
        }
        meter.evaluated(System.nanoTime() - gradingStarted);
        CompletableFuture<Grade> grade = engines.judge()
                .map(judge -> CompletableFuture.supplyAsync(() -> judged(session, judge, exchange, findings), executor))
                .orElseGet(() -> CompletableFuture.completedFuture(findings))
                .thenApply(shown -> record(session, learner.index(), shown));
        PartnerLine line = speak(session, request(c, findings));
        grade.join();
        endIfOver(session, line);
    }

    private static PartnerRequest request(Conversation c, Grade findings) {
        return new PartnerRequest(c.scenario(), c.turns(), findings, c.mood(), c.seed());
    }

    private void endIfOver(ChatSession session, PartnerLine line) {
        if (line != null && line.ends()) {
            finish(session, line.outcome());
        }
    }

    /** The learner (or the persona) ends the session. */
    public void end(ChatSession session, Outcome outcome) {
        if (session.conversation().ended()) {
            throw ReplyRejectedException.ended(session.id());
        }
        finish(session, outcome);
    }

    private Grade judged(ChatSession session, Evaluator judge, Exchange exchange, Grade findings) {
        try {
            return judge.grade(exchange);
        } catch (RuntimeException e) {
            meter.modelFailed("judge");
            session.events().modelFailed("The grading model failed (" + e.getMessage()
                    + "); this reply got the offline grade instead.");
            return new Grade(findings.score(), findings.criteria(), findings.summary(), findings.offTask(),
                    findings.rewrite(), "offline-fallback", findings.reading());
        }
    }

    /** Stores the grade, then shows it; a grade the store refused is reported and shown nowhere, so none is lost on resume. */
    private Grade record(ChatSession session, int turn, Grade grade) {
        Conversation c = session.conversation();
        try {
            writes.grade(c, turn, grade);
        } catch (NotStoredException notStored) {
            session.events().failed(notStored);
            return grade;
        }
        if (c.gradesVisible()) {
            session.events().grade(turn, grade);
        }
        return grade;
    }

    private PartnerLine speak(ChatSession session, PartnerRequest request) {
        Conversation c = session.conversation();
        int turn = request.history().size();
        PartnerLine line;
        try {
            line = engines.partner().reply(request, delta -> session.events().partnerDelta(turn, delta));
        } catch (RuntimeException e) {
            meter.modelFailed("persona");
            session.events().modelFailed("The persona's model failed (" + e.getMessage()
                    + "); the scripted persona answers this turn.");
            line = engines.fallbackPartner().reply(request, delta -> session.events().partnerDelta(turn, delta));
        }
        Turn partner = writes.partner(c, c.nextPartner(line));
        session.events().partner(partner);
        if (!line.ends()) {
            // The next reply is graded against these lines: the evaluator reads them while the learner types.
            String context = c.recentPartnerText();
            executor.execute(() -> engines.findings().prepare(context));
        }
        return line;
    }

    private void finish(ChatSession session, Outcome outcome) {
        Conversation c = session.conversation();
        SessionReport report = reports.write(c.turns(), outcome, rubric(c));
        writes.end(c, outcome, report);
        if (c.mode() == SessionMode.EXAM) {
            c.turns().stream().filter(t -> t.byLearner() && t.grade() != null)
                    .forEach(t -> session.events().grade(t.index(), t.grade()));
        }
        session.events().ended(outcome, report);
    }

    private Rubric rubric(Conversation c) {
        try {
            return library.rubric(c.scenario().rubric());
        } catch (RuntimeException unknownRubric) {
            try {
                return library.rubric(c.scenario().mode());
            } catch (RuntimeException noRubricAtAll) {
                // The report still works without names: criteria go by their ids.
                return null;
            }
        }
    }
}
