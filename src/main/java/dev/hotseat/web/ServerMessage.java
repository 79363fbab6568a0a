package dev.hotseat.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.hotseat.conversation.Conversation;
import dev.hotseat.conversation.SessionReport;
import dev.hotseat.conversation.Try;
import dev.hotseat.core.Turn;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Mood;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the server sends on /ws/chat: one record per message type, each with its {@code type} first. */
@JsonPropertyOrder({"type"})
public sealed interface ServerMessage {

    /** The message's {@code type} on the wire. */
    @JsonProperty("type")
    String type();

    /** A session was created. {@code mode} is practice or exam. */
    record Started(String session, ScenarioBrief scenario, String mode) implements ServerMessage {
        public String type() { return "started"; }

        static Started of(Conversation c) {
            return new Started(c.id(), ScenarioBrief.of(c.scenario()), c.mode().wire());
        }
    }

    /** A socket re-attached; everything so far. Grades are left out of an exam still going on. */
    record Resumed(String session, ScenarioBrief scenario, String mode, List<WireTurn> turns, Mood mood,
                   Outcome outcome, SessionReport report, List<WireTry> tries) implements ServerMessage {
        public String type() { return "resumed"; }

        static Resumed of(Conversation c) {
            return new Resumed(c.id(), ScenarioBrief.of(c.scenario()), c.mode().wire(), WireTurn.all(c), c.mood(),
                    c.outcome().orElse(null), c.report().orElse(null), WireTry.all(c));
        }
    }

    /**
     * The learner is answering {@code turn} again with {@code text}: {@code turns} is what remains before it and
     * {@code tries} every try set aside so far; the new reply's grade and the persona's answer follow.
     */
    record Rewound(String session, int turn, int attempt, String text, List<WireTurn> turns, Mood mood,
                   List<WireTry> tries) implements ServerMessage {
        public String type() { return "rewound"; }

        static Rewound of(Conversation c, Try set, String text) {
            return new Rewound(c.id(), set.fromTurn(), set.attempt(), text, WireTurn.all(c), c.mood(), WireTry.all(c));
        }
    }

    /** A piece of the persona's line. */
    record PartnerDelta(int turn, String text) implements ServerMessage {
        public String type() { return "partner.delta"; }
    }

    /** The persona's whole line and mood after it. */
    record Partner(int turn, String text, Mood mood) implements ServerMessage {
        public String type() { return "partner"; }
    }

    /** The verdict on one learner turn. */
    record GradeMessage(int turn, int score, List<CriterionResult> criteria, String summary, boolean offTask,
                        String rewrite, String source) implements ServerMessage {
        public String type() { return "grade"; }

        static GradeMessage of(int turn, Grade g) {
            return new GradeMessage(turn, g.score(), g.criteria(), g.summary(), g.offTask(), g.rewrite(), g.source());
        }
    }

    /** The session is over; {@code verdict} (strong, mixed, weak) comes with a completed interview only. */
    record Ended(Outcome outcome, SessionReport report,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String verdict) implements ServerMessage {
        public String type() { return "ended"; }

        static Ended of(Outcome outcome, SessionReport report) {
            return new Ended(outcome, report, report == null ? null : report.verdict());
        }
    }

    /**
     * Something went wrong; the socket stays open. {@code retryAfter} (seconds) comes when trying again may work
     * ({@code busy}, {@code not-stored}); {@code details} are the refusal's own fields (a reply's {@code id}).
     */
    record ErrorMessage(String code, String message, @JsonInclude(JsonInclude.Include.NON_NULL) Integer retryAfter,
                        @JsonIgnore Map<String, Object> details) implements ServerMessage {
        public String type() { return "error"; }

        ErrorMessage(String code, String message) {
            this(code, message, null, Map.of());
        }

        @JsonAnyGetter
        Map<String, Object> extra() {
            return details;
        }
    }

    /** The reply the client sent with id {@code id} is durable as turn {@code turn}. */
    record Stored(String id, int turn) implements ServerMessage {
        public String type() { return "stored"; }
    }

    /** An earlier try as sent in {@code resumed}, {@code rewound} and {@code GET /api/sessions/{id}}. */
    record WireTry(int attempt, int fromTurn, List<WireTurn> turns) {
        static List<WireTry> all(Conversation c) {
            boolean grades = c.gradesVisible();
            return c.tries().stream().map(t -> new WireTry(t.attempt(), t.fromTurn(),
                    t.turns().stream().map(turn -> WireTurn.of(turn, grades, null)).toList())).toList();
        }
    }

    /**
     * A turn as sent in {@code resumed} and {@code GET /api/sessions/{id}}. {@code id} is the client id a learner
     * reply was sent with (left out when none), so a page can tell which of its unacknowledged replies arrived.
     */
    record WireTurn(int index, String speaker, String text, Instant at, Mood mood, Grade grade,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String id) {
        static List<WireTurn> all(Conversation c) {
            boolean grades = c.gradesVisible();
            return c.turns().stream().map(t -> of(t, grades, t.byLearner() ? c.clientIdOf(t.index()) : null)).toList();
        }

        static WireTurn of(Turn t, boolean withGrade, String clientId) {
            return new WireTurn(t.index(), t.speaker().wire(), t.text(), t.at(), t.mood(), withGrade ? t.grade() : null,
                    clientId);
        }
    }
}
