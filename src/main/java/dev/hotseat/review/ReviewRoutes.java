package dev.hotseat.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.SessionStore;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.store.Database;
import dev.hotseat.input.JsonBody;
import dev.hotseat.route.Feature;
import dev.hotseat.route.Role;
import dev.hotseat.route.Routes;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Coach review, agreement, assignments, groups and the cohort dashboard (docs/protocol.md, "Coach review"). */
public final class ReviewRoutes implements Feature {
    private final People people;
    private final Reviews reviews;
    private final Agreement agreement;
    private final LabelledExport export;
    private final Assignments assignments;
    private final Dashboard dashboard;
    private final ObjectMapper json;

    public ReviewRoutes(Database db, SessionStore sessions, PromptLibrary library, People people, ObjectMapper json,
                        Clock clock) {
        CriterionTally tally = new CriterionTally(db, json);
        ReviewStore store = new ReviewStore(db, tally);
        this.people = people;
        this.reviews = new Reviews(sessions, library, store);
        this.agreement = new Agreement(store, id -> CriterionNames.of(library).getOrDefault(id, id), json);
        this.export = new LabelledExport(store, sessions, library, json);
        this.assignments = new Assignments(db, tally, library, people, clock);
        this.dashboard = new Dashboard(db, tally, library, people);
        this.json = json;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/coach/sessions", ctx -> ctx.json(dashboard.recent(ctx.queryParam("learner"))), Role.COACH);
        routes.get("/api/coach/sessions/{id}/review", ctx -> ctx.json(reviews.coachView(ctx.pathParam("id"))), Role.COACH);
        routes.post("/api/coach/sessions/{id}/review", this::review, Role.COACH);
        routes.get("/api/coach/agreement", ctx -> ctx.json(Map.of("criteria", agreement.rows())), Role.COACH);
        routes.get("/api/coach/agreement.jsonl", ctx -> ctx.contentType("application/x-ndjson; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"coach-labels.jsonl\"").result(export.jsonl()),
                Role.COACH);
        routes.get("/api/coach/assignments", ctx -> ctx.json(assignments.all()), Role.COACH);
        routes.post("/api/coach/assignments", ctx -> ctx.status(201)
                .json(assignments.create(body(ctx), people.coachName(ctx))), Role.COACH);
        routes.get("/api/coach/groups", ctx -> ctx.json(assignments.groups()), Role.COACH);
        routes.put("/api/coach/groups/{name}", ctx -> ctx.json(new Assignments.Group(ctx.pathParam("name"),
                assignments.setGroup(ctx.pathParam("name"), body(ctx)))), Role.COACH);
        routes.get("/api/coach/dashboard", ctx -> ctx.json(dashboard.view(DashboardFilter.of(ctx))), Role.COACH);
        routes.get("/api/coach/dashboard.csv", this::csv, Role.COACH);
        routes.get("/api/sessions/{id}/review", ctx -> ctx.json(reviews.learnerView(ctx.pathParam("id"))),
                Role.OWNER, Role.COACH);
        routes.get("/api/me/assignments", this::myAssignments, Role.LEARNER);
    }

    private void review(Context ctx) {
        String id = ctx.pathParam("id");
        reviews.save(id, ReviewRequest.read(body(ctx), people.coachName(ctx), java.time.Instant.now()));
        ctx.json(reviews.coachView(id));
    }

    private void csv(Context ctx) {
        DashboardFilter filter = DashboardFilter.of(ctx);
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"hotseat-practices.csv\"")
                .result(DashboardCsv.of(dashboard.practices(filter), filter.passMark()));
    }

    private void myAssignments(Context ctx) {
        List<Assignment> mine = people.learner(ctx).map(assignments::of).orElse(List.of());
        ctx.json(mine);
    }

    private JsonNode body(Context ctx) {
        return JsonBody.object(json, ctx.body(), "{…} as docs/protocol.md shows");
    }
}
