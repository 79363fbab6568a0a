package dev.hotseat.studio;

import static dev.hotseat.studio.StudioServer.TOKEN;
import static dev.hotseat.studio.StudioServer.json;
import static dev.hotseat.studio.StudioServer.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the studio tells a coach is right: a YAML slip is shown at the line to fix (a mis-indented key, a quote left
 * open, a list item out of line), and a test-drive that fails with every scripted learner as expected says what else
 * is missing.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StudioMessagesTest {
    @RegisterExtension
    static final StudioExtension studio = StudioExtension.routes();

    private static List<String> lines() throws Exception {
        return lines("late-parcel");
    }

    private static List<String> lines(String scenario) throws Exception {
        return new ArrayList<>(Files.readString(studio.server().prompts().resolve("scenarios/" + scenario + ".md")).lines().toList());
    }

    private static int find(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    /** The first problem the live check reports for this text: its line and message. */
    private static JsonNode firstProblem(List<String> lines) {
        HttpResponse<String> r = studio.server().post("/api/coach/scenarios/late-parcel/check",
                "{\"text\":" + quote(String.join("\n", lines) + "\n") + "}", TOKEN);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode problems = json(r).path("problems");
        assertFalse(problems.isEmpty(), "no problem reported");
        return problems.get(0);
    }

    @Test
    void aKeyIndentedOneSpaceTooFar_isReportedAtItsOwnLine() throws Exception {
        // given persona's second key indented three spaces instead of two
        List<String> lines = lines();
        int slip = find(lines, "persona:") + 2;
        lines.set(slip, "   " + lines.get(slip).strip());

        // then the check names that line
        assertEquals(slip + 1, firstProblem(lines).path("line").asInt(), firstProblem(lines).toString());
    }

    @Test
    void aQuoteLeftOpen_isReportedWhereItOpens_notWhereTheReaderGaveUp() throws Exception {
        // given a title whose quote is never closed
        List<String> lines = lines();
        int slip = find(lines, "title:");
        lines.set(slip, "title: \"A parcel that never came");

        // then the check names the title's line and says what to do
        JsonNode problem = firstProblem(lines);
        assertEquals(slip + 1, problem.path("line").asInt(), problem.toString());
        assertTrue(problem.path("message").asText().contains("never closes"), problem.toString());
    }

    @Test
    void aListItemOutOfLine_isReportedAtThatItem() throws Exception {
        // given a policy item indented one space short of the others
        List<String> lines = lines();
        int slip = find(lines, "policy:") + 2;
        lines.set(slip, " - " + lines.get(slip).strip().substring(2));

        // then the check names that item's line
        assertEquals(slip + 1, firstProblem(lines).path("line").asInt(), firstProblem(lines).toString());
    }

    @Test
    void aDriveWhoseLearnersAllPlayAsExpected_butWithTooFewOpenings_saysWhatIsMissing() throws Exception {
        // given a scenario that plays as intended (see support/KnownDriveMisses), left with one opening line
        List<String> lines = lines("double-charge");
        int opening = find(lines, "  opening:");
        while (lines.get(opening + 2).strip().startsWith("- ")) {
            lines.remove(opening + 2);
        }

        // when it is test-driven
        HttpResponse<String> r = studio.server().post("/api/coach/scenarios/double-charge/drive",
                "{\"text\":" + quote(String.join("\n", lines) + "\n") + "}", TOKEN);

        // then it is not ready, every learner played as expected, and the gap says why
        assertEquals(200, r.statusCode(), r.body());
        JsonNode drive = json(r);
        assertFalse(drive.path("ok").asBoolean());
        drive.path("reps").forEach(rep -> assertTrue(rep.path("ok").asBoolean(), rep.path("rep").asText()));
        assertTrue(drive.path("gaps").toString().contains("opening"), drive.path("gaps").toString());
    }
}
