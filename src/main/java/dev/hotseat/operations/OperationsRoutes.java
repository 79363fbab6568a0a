package dev.hotseat.operations;

import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.store.Database;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health} for load balancers and orchestrators, {@code GET /metrics} for Prometheus. Neither
 * says where the database is or what is in it: counts and yes/no only.
 */
public record OperationsRoutes(Database db, PromptLibrary library, Metrics metrics) {
    public void configure(RoutesConfig routes) {
        routes.get("/health", this::health);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    }

    /**
     * Live: the process answers. Ready: the database answers a query and at least one scenario is loaded, so a
     * learner could start a chat here. 200 when ready, 503 when not, so a load balancer sends no one here.
     */
    private void health(Context ctx) {
        boolean database = db.reachable();
        int scenarios = library.scenarios().size();
        java.util.Optional<String> writes = db.writeTrouble();
        boolean ready = database && scenarios > 0 && writes.isEmpty();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "ready" : "not-ready");
        body.put("live", true);
        body.put("ready", ready);
        body.put("database", Map.of("reachable", database, "kind", db.dialect().name().toLowerCase(java.util.Locale.ROOT),
                "writes", writes.orElse("ok")));
        body.put("prompts", Map.of("scenarios", scenarios, "problems", library.problems().size()));
        ctx.status(ready ? 200 : 503).json(body);
    }
}
