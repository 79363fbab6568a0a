package dev.hotseat.review;

import dev.hotseat.input.BadMessageException;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Which sessions the dashboard counts.
 *
 * @param from     first day counted (inclusive, UTC), null for no lower bound
 * @param to       last day counted (inclusive, UTC), null for no upper bound
 * @param group    only learners in this group, null for everyone
 * @param passMark a session passes at this average score unless a coach's verdict says otherwise
 */
public record DashboardFilter(LocalDate from, LocalDate to, String group, int passMark) {
    public static final int DEFAULT_PASS_MARK = 80;

    public static DashboardFilter everything() {
        return new DashboardFilter(null, null, null, DEFAULT_PASS_MARK);
    }

    /** Reads {@code ?from=YYYY-MM-DD&to=YYYY-MM-DD&group=NAME&passMark=N}. */
    static DashboardFilter of(Context ctx) {
        String group = ctx.queryParam("group");
        String mark = ctx.queryParam("passMark");
        return new DashboardFilter(day(ctx.queryParam("from"), "from"), day(ctx.queryParam("to"), "to"),
                group == null || group.isBlank() ? null : group.strip(),
                mark == null || mark.isBlank() ? DEFAULT_PASS_MARK : Assignments.passMark(mark));
    }

    // Stored times are ISO-8601 text in UTC, so a day's bounds compare as text: "2026-11-28T09:…" sorts
    // after "2026-11-28" and before "2026-11-29".
    String start() {
        return from == null ? "0000" : from.toString();
    }

    String end() {
        return to == null ? "9999" : to.plusDays(1).toString();
    }

    private static LocalDate day(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadMessageException("bad-message", "'" + name + "' is a day like 2026-11-28, not '" + Quote.of(text) + "'");
        }
    }
}
