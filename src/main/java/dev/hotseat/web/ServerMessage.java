package dev.hotseat.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.hotseat.conversation.Conversation;
import dev.hotseat.conversation.SessionReport;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.CriterionResult;
import dev.hotseat.evaluation.Grade;
import dev.hotseat.persona.Mood;
import java.time.Instant;
import java.util.List;

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
                   Outcome outcome, SessionReport report) implements ServerMessage {
        public String type() { return "resumed"; }

        static Resumed of(Conversation c) {
            return new Resumed(c.id(), ScenarioBrief.of(c.scenario()), c.mode().wire(), WireTurn.all(c), c.mood(),
                    c.outcome().orElse(null), c.report().orElse(null));
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

    /** The session is over. */
    record Ended(Outcome outcome, SessionReport report) implements ServerMessage {
        public String type() { return "ended"; }
    }

    /** Something went wrong; the socket stays open. */
    record ErrorMessage(String code, String message) implements ServerMessage {
        public String type() { return "error"; }
    }

    /** A turn as sent in {@code resumed} and {@code GET /api/sessions/{id}}. */
    record WireTurn(int index, String speaker, String text, Instant at, Mood mood, Grade grade) {
        static List<WireTurn> all(Conversation c) {
            boolean grades = c.gradesVisible();
            return c.turns().stream().map(t -> of(t, grades)).toList();
        }

        static WireTurn of(Turn t, boolean withGrade) {
            return new WireTurn(t.index(), t.speaker().wire(), t.text(), t.at(), t.mood(), withGrade ? t.grade() : null);
        }
    }
}
