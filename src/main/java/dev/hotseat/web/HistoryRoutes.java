package dev.hotseat.web;

import dev.hotseat.account.Identity;
import dev.hotseat.conversation.Sessions;
import dev.hotseat.history.History;
import dev.hotseat.history.HistoryStore;
import dev.hotseat.history.ShareLinks;
import dev.hotseat.route.Feature;
import dev.hotseat.route.Role;
import dev.hotseat.route.Routes;
import io.javalin.http.Context;
import java.util.Map;

/**
 * A learner's own sessions: history, progress, the report to keep (JSON, CSV, share link), and deleting one.
 * Every route under {@code /api/sessions/{id}} answers 404 to anyone but the owner and coaches.
 */
public record HistoryRoutes(History history, HistoryStore store, ShareLinks shares, SessionReader reader,
                            Visitors visitors, Sessions sessions) implements Feature {
    @Override
    public void routes(Routes routes) {
        routes.get("/api/me/sessions", ctx -> ctx.json(history.sessions(me(ctx).id(), ctx.queryParam("scenario"))),
                Role.LEARNER);
        routes.get("/api/me/progress", ctx -> ctx.json(history.progress(me(ctx).id(), ctx.queryParam("scenario"))),
                Role.LEARNER);
        routes.get("/api/sessions/{id}/report", ctx -> ctx.json(report(ctx)), Role.OWNER, Role.COACH);
        routes.get("/api/sessions/{id}/report.csv", this::csv, Role.OWNER, Role.COACH);
        routes.delete("/api/sessions/{id}", this::delete, Role.OWNER, Role.COACH);
        // Sharing is the learner's own choice: a coach can read the session but not hand it out.
        routes.post("/api/sessions/{id}/share", this::share, Role.OWNER);
        routes.delete("/api/sessions/{id}/share", this::revoke, Role.OWNER);
        routes.get("/api/shared/{token}", ctx -> ctx.json(shared(ctx)), Role.ANYONE);
        routes.get("/api/shared/{token}/report.csv", ctx -> csv(ctx, shared(ctx)), Role.ANYONE);
    }

    // A visitor with no cookie yet is a new guest with an empty history (or, under --accounts required, asked to sign in).
    private Identity me(Context ctx) {
        return visitors.orGuest(ctx);
    }

    private ReportView report(Context ctx) {
        return ReportView.of(reader.load(ctx.pathParam("id")), false);
    }

    private ReportView shared(Context ctx) {
        return ReportView.of(reader.load(shares.session(ctx.pathParam("token"))), true);
    }

    private void csv(Context ctx) {
        csv(ctx, report(ctx));
    }

    private static void csv(Context ctx, ReportView report) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"hotseat-" + report.session() + ".csv\"");
        ctx.result(ReportCsv.of(report));
    }

    private void delete(Context ctx) {
        String id = ctx.pathParam("id");
        sessions.forget(id);
        store.delete(id);
        ctx.status(204);
    }

    private void share(Context ctx) {
        String id = ctx.pathParam("id");
        reader.load(id);
        String token = shares.create(id);
        ctx.status(201).json(Map.of("token", token, "url", "/report.html?share=" + token));
    }

    private void revoke(Context ctx) {
        ctx.json(Map.of("revoked", shares.revoke(ctx.pathParam("id"))));
    }
}
