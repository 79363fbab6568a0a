package dev.hotseat.review;

import dev.hotseat.review.Practices.Practice;
import java.util.List;

/** The dashboard's practices as CSV, one row per session, for a spreadsheet. */
final class DashboardCsv {
    private DashboardCsv() {
    }

    static String of(List<Practice> practices, int passMark) {
        StringBuilder csv = new StringBuilder("session,learner,scenario,mode,started,outcome,replies,score,passed,dropped_off\r\n");
        for (Practice p : practices) {
            csv.append(String.join(",", cell(p.session()), cell(p.learner()), cell(p.scenario()), cell(p.mode()),
                    cell(p.started()), cell(p.outcome()), String.valueOf(p.replies()),
                    String.valueOf(Math.round(p.score())), String.valueOf(p.passed(passMark)),
                    String.valueOf(p.droppedOff()))).append("\r\n");
        }
        return csv.toString();
    }

    // RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a learner's name as a formula.
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@\t\r].*") ? "'" + value : value;
        return safe.matches(".*[\",\r\n].*") || !safe.equals(value) ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
