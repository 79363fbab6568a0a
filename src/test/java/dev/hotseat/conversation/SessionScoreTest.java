package dev.hotseat.conversation;

import dev.hotseat.core.Turn;

import dev.hotseat.core.Outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;
import dev.hotseat.persona.Mode;
import dev.hotseat.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The end report's score for the conversation as a whole, beside the mean of the turns. */
class SessionScoreTest {

    private final ReportWriter writer = new ReportWriter();

    private static Turn turn(int index, int score, List<String> shown, boolean blame) {
        List<CriterionResult> criteria = new ArrayList<>();
        for (String id : List.of("empathy", "apology", "restate", "clarify", "solution", "followup")) {
            boolean yes = shown.contains(id);
            criteria.add(CriterionResult.of(id, Polarity.POSITIVE, yes, 0.9, yes ? "quote" : "", ""));
        }
        criteria.add(CriterionResult.of("blame", Polarity.NEGATIVE, blame, 0.9, blame ? "calm down" : "", ""));
        return Turn.learner(index, "reply " + index).withGrade(new Grade(score, criteria, "", false, "", "offline"));
    }

    @Test
    void aConversationThatListensFirstFixesAndChecksBack_scoresWellAboveTheMeanOfItsTurns() {
        // given three replies that each show only part of the job, and a resolved ending
        List<Turn> turns = List.of(turn(1, 35, List.of("empathy", "apology"), false),
                turn(3, 30, List.of("restate", "clarify"), false), turn(5, 30, List.of("solution", "followup"), false));
        // when the report is written
        SessionReport report = writer.write(turns, Outcome.RESOLVED, Fixtures.rubric("customer", Mode.CUSTOMER));
        // then the session score rewards the whole, explained in one sentence beside the mean
        assertEquals(32, report.averageScore());
        assertTrue(report.sessionScore() >= 90, report.sessionWhy());
        assertTrue(report.sessionWhy().startsWith("Session score " + report.sessionScore() + ": it ended resolved"),
                report.sessionWhy());
        assertEquals(1, report.sessionWhy().split("\\. ").length, "one sentence: " + report.sessionWhy());
    }

    @Test
    void beingHeardLate_andHabits_andAWalkOut_costPoints() {
        List<Turn> turns = List.of(turn(1, 0, List.of(), true), turn(3, 20, List.of("solution"), false),
                turn(5, 30, List.of("empathy", "apology"), false));
        SessionReport report = writer.write(turns, Outcome.WALKED_OUT, Fixtures.rubric("customer", Mode.CUSTOMER));
        assertTrue(report.sessionScore() < 40, report.sessionWhy());
        assertTrue(report.sessionWhy().contains("came late"), report.sessionWhy());
        assertTrue(report.sessionWhy().contains("1 reply showed a habit to drop (-10)"), report.sessionWhy());
        assertTrue(report.sessionWhy().contains("they walked out"), report.sessionWhy());
    }

    @Test
    void repliesInAnotherLanguage_earnNothing_butDoNotBreakTheScore() {
        Turn spanish = Turn.learner(1, "Lo siento").withGrade(new Grade(0, List.of(), "Hotseat grades replies in English",
                false, "", "offline"));
        SessionReport report = writer.write(List.of(spanish), Outcome.ENDED, null);
        assertEquals(15, report.sessionScore(), report.sessionWhy());
    }
}
