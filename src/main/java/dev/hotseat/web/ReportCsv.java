package dev.hotseat.web;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;
import java.util.List;
import java.util.stream.Collectors;

/** A report as CSV: one row per line said, the final branch first, then each try. */
final class ReportCsv {
    private ReportCsv() {
    }

    static String of(ReportView report) {
        StringBuilder out = new StringBuilder("branch,turn,speaker,text,score,skills shown,habits shown,at\r\n");
        rows(out, "final", report.turns());
        for (ServerMessage.WireTry t : report.tries()) {
            rows(out, "try " + t.attempt(), t.turns());
        }
        return out.toString();
    }

    private static void rows(StringBuilder out, String branch, List<ServerMessage.WireTurn> turns) {
        for (ServerMessage.WireTurn t : turns) {
            Grade g = t.grade();
            out.append(String.join(",", cell(branch), cell(String.valueOf(t.index())), cell(t.speaker()), cell(t.text()),
                    cell(g == null ? "" : String.valueOf(g.score())), cell(names(g, Polarity.POSITIVE)),
                    cell(names(g, Polarity.NEGATIVE)), cell(String.valueOf(t.at())))).append("\r\n");
        }
    }

    private static String names(Grade g, Polarity polarity) {
        if (g == null) {
            return "";
        }
        return g.criteria().stream().filter(c -> c.detected() && c.polarity() == polarity)
                .map(c -> c.name().isBlank() ? c.id() : c.name()).collect(Collectors.joining("; "));
    }

    /**
     * Quoted, with quotes doubled. A cell a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
     * apostrophe, so a reply like "=HYPERLINK(…)" stays text when the report is opened in Excel.
     */
    static String cell(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
