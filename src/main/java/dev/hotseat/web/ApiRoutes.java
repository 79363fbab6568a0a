package dev.hotseat.web;

import dev.hotseat.input.JsonBody;

import dev.hotseat.input.BadMessageException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.Conversation;
import dev.hotseat.conversation.Engines;
import dev.hotseat.conversation.ReplyRejectedException;
import dev.hotseat.conversation.SessionStore;
import dev.hotseat.conversation.TryStore;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.core.Grade;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.route.Feature;
import dev.hotseat.route.Role;
import dev.hotseat.route.Routes;
import io.javalin.http.Context;

/** The chat's HTTP routes: scenarios, grading a single reply, a stored session, and the coach's prompt problems. */
public record ApiRoutes(PromptLibrary library, Engines engines, SessionStore store, TryStore tries, ObjectMapper json)
        implements Feature {
    /** The longest context {@code POST /api/evaluate} grades against. */
    static final int MAX_CONTEXT = 4_000;

    @Override
    public void routes(Routes routes) {
        routes.get("/api/scenarios", ctx -> ctx.json(library.scenarios().stream().map(ScenarioSummary::of).toList()),
                Role.ANYONE);
        routes.post("/api/evaluate", this::evaluate, Role.ANYONE);
        routes.get("/api/sessions/{id}", this::session, Role.OWNER, Role.COACH);
        routes.get("/api/prompts/problems", ctx -> ctx.json(library.problems()), Role.COACH);
    }

    private void evaluate(Context ctx) {
        JsonNode body = body(ctx.body());
        Mode mode = mode(body.path("mode").asText(""));
        String reply = ReplyRejectedException.check(body.path("reply").asText(""));
        Exchange exchange = new Exchange(mode, context(body.path("context").asText("")), reply, null);
        Grade findings = engines.findings().grade(exchange);
        ctx.json(engines.judge().map(judge -> judged(judge, exchange, findings)).orElse(findings));
    }

    private static Grade judged(Evaluator judge, Exchange exchange, Grade findings) {
        try {
            return judge.grade(exchange);
        } catch (RuntimeException modelFailed) {
            // Over HTTP the source field tells the caller the model failed; the grade is still useful.
            return new Grade(findings.score(), findings.criteria(), findings.summary(), findings.offTask(),
                    findings.rewrite(), "offline-fallback", findings.reading());
        }
    }

    private void session(Context ctx) {
        String id = ctx.pathParam("id");
        Conversation conversation = new SessionReader(store, tries, library).load(id).conversation();
        conversation.rememberClientIds(store.clientIds(id));
        ctx.json(SessionView.of(conversation));
    }

    /** What the persona said: three of its lines at most in a chat, so a few thousand characters are plenty. */
    private static String context(String text) {
        if (text.length() > MAX_CONTEXT) {
            throw new BadMessageException("bad-message", "The context is " + text.length() + " characters long (at most "
                    + MAX_CONTEXT + "): send what the persona last said, not the whole conversation");
        }
        return text;
    }

    private JsonNode body(String text) {
        return JsonBody.object(json, text, "{\"mode\":\"customer\",\"reply\":\"…\"}");
    }

    private static Mode mode(String text) {
        try {
            return Mode.of(text);
        } catch (IllegalArgumentException e) {
            throw new BadMessageException("bad-message", "Unknown mode '" + BadMessageException.quote(text)
                    + "' (known: customer, interview)");
        }
    }
}
