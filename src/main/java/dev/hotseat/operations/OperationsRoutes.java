package dev.hotseat.operations;

import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.route.Feature;
import dev.hotseat.route.Role;
import dev.hotseat.route.Routes;
import dev.hotseat.store.Database;
import dev.hotseat.store.Dialect;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /health} for load balancers and orchestrators, {@code GET /metrics} for Prometheus (coaches only here;
 * {@code --metrics-host} serves it to a scraper apart). Neither says where the database is or what is in it: counts,
 * yes/no and plain reasons only.
 *
 * @param data      the data folder, whose free space is checked with SQLite
 * @param minFreeMb below this many free megabytes there, the node is not ready
 */
public record OperationsRoutes(Database db, PromptLibrary library, Metrics metrics, Path data, long minFreeMb)
        implements Feature {
    private static final long MB = 1024 * 1024;

    @Override
    public void routes(Routes routes) {
        routes.get("/health", this::health, Role.ANYONE);
        routes.get("/metrics", ctx -> ctx.contentType(Metrics.CONTENT_TYPE).result(metrics.scrape()), Role.COACH);
    }

    /**
     * Live: the process answers. Ready: the database answers a query, writes go through, the disk has room and at
     * least one scenario is loaded, so a learner could practise here. 200 when ready, 503 with the reasons when
     * not, so a load balancer sends no one here.
     */
    private void health(Context ctx) {
        List<String> reasons = new ArrayList<>();
        boolean reachable = db.reachable();
        if (!reachable) {
            reasons.add("the database does not answer");
        }
        db.writeTrouble().ifPresent(reasons::add);
        Long freeMb = freeMb();
        if (freeMb != null && freeMb < minFreeMb) {
            reasons.add("only " + freeMb + " MB free on the data disk (--min-free-mb " + minFreeMb + ")");
        }
        int scenarios = library.scenarios().size();
        if (scenarios == 0) {
            reasons.add("no scenario is loaded");
        }
        boolean ready = reasons.isEmpty();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "ready" : "not-ready");
        body.put("live", true);
        body.put("ready", ready);
        body.put("reasons", reasons);
        body.put("database", Map.of("reachable", reachable, "kind", db.dialect().name().toLowerCase(Locale.ROOT),
                "writes", db.writeTrouble().isEmpty() ? "ok" : "failing"));
        if (freeMb != null) {
            body.put("disk", Map.of("freeMb", freeMb, "minFreeMb", minFreeMb));
        }
        body.put("prompts", Map.of("scenarios", scenarios, "problems", library.problems().size()));
        ctx.status(ready ? 200 : 503).json(body);
    }

    /** Free megabytes where SQLite keeps its file; null with PostgreSQL, whose disk is the database server's. */
    private Long freeMb() {
        if (db.dialect() != Dialect.SQLITE) {
            return null;
        }
        try {
            return Files.getFileStore(Files.exists(data) ? data : data.toAbsolutePath().getParent()).getUsableSpace() / MB;
        } catch (IOException e) {
            return 0L;
        }
    }
}
