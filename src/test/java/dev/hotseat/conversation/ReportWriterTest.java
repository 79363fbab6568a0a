package dev.hotseat.conversation;

import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.persona.Mode;
import dev.hotseat.core.Polarity;
import dev.hotseat.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportWriterTest {
    private final ReportWriter writer = new ReportWriter();

    private static Turn graded(int index, int score, boolean apology, boolean empathy, boolean blame) {
        Grade grade = new Grade(score, List.of(
                CriterionResult.of("apology", Polarity.POSITIVE, apology, 0.9, apology ? "sorry" : "", "Say sorry."),
                CriterionResult.of("empathy", Polarity.POSITIVE, empathy, 0.9, "", "Name the feeling."),
                CriterionResult.of("followup", Polarity.POSITIVE, false, 0.1, "", "Offer to check back."),
                CriterionResult.of("blame", Polarity.NEGATIVE, blame, 0.9, blame ? "calm down" : "", "Drop 'calm down'.")),
                "", false, "", "offline");
        return Turn.learner(index, "reply " + index).withGrade(grade);
    }

    @Test
    void report_namesTheSkillsShownMost_andAveragesTheScores() {
        List<Turn> turns = List.of(graded(1, 60, true, false, false), graded(3, 90, true, true, false));

        SessionReport report = writer.write(turns, Outcome.RESOLVED, Fixtures.rubric("customer", Mode.CUSTOMER));

        assertEquals(2, report.replies());
        assertEquals(75, report.averageScore());
        assertEquals(new SessionReport.Strength("apology", "Apology", 2), report.strengths().get(0));
        assertEquals("Empathy", report.strengths().get(1).name());
    }

    @Test
    void report_putsHabitsToDropBeforeSkillsNeverShown_withTheirTips() {
        List<Turn> turns = List.of(graded(1, 0, false, false, true));

        SessionReport report = writer.write(turns, Outcome.WALKED_OUT, Fixtures.rubric("customer", Mode.CUSTOMER));

        assertEquals(new SessionReport.Practice("blame", "Blame", "Drop 'calm down'."), report.practiseNext().get(0));
        assertEquals(3, report.practiseNext().size());
        assertTrue(report.summary().startsWith("The persona walked out after 1 reply"), report.summary());
        assertTrue(report.summary().contains("Blame"), report.summary());
    }

    @Test
    void report_withoutReplies_saysSo() {
        SessionReport report = writer.write(List.of(), Outcome.ENDED, null);

        assertEquals(0, report.replies());
        assertEquals("Ended after 0 replies, average score 0.", report.summary());
    }

    @Test
    void customerWhoAskedForAManager_isSummedUpInTheLearnersWords() {
        SessionReport report = writer.write(List.of(graded(1, 0, false, false, true)), Outcome.MANAGER,
                Fixtures.rubric("customer", Mode.CUSTOMER));

        assertEquals(Outcome.MANAGER, report.outcome());
        assertTrue(report.summary().startsWith("The customer asked for a manager after 1 reply"), report.summary());
    }
}
