package dev.hotseat.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.websocket.WsContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Throwaway stand-in for the chat server, for trying the page by hand before the real one lands. */
final class FakeChatServer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, List<Map<String, Object>>> sessions = new ConcurrentHashMap<>();
    private final Map<WsContext, String> attached = new ConcurrentHashMap<>();

    public static void main(String[] args) {
        Javalin app = start(args.length > 0 ? args[0] : "web", args.length > 1 ? Integer.parseInt(args[1]) : 7071);
        System.out.println("Listening on http://localhost:" + app.port());
    }

    static Javalin start(String web, int port) {
        var server = new FakeChatServer();
        return Javalin.create(config -> {
            config.startup.startupWatcherEnabled = false;
            config.staticFiles.add(web, Location.EXTERNAL);
            config.routes.get("/api/scenarios", ctx -> ctx.json(List.of(
                    Map.of("id", "late-order", "mode", "customer", "title", "The birthday cake that never came",
                            "difficulty", "medium", "summary", "Dana's order missed her daughter's party."),
                    Map.of("id", "double-charge", "mode", "customer", "title", "Charged twice",
                            "difficulty", "hard", "summary", "A furious customer sees two charges."),
                    Map.of("id", "interview-basic", "mode", "interview", "title", "Retail interview",
                            "difficulty", "easy", "summary", "How would you deal with an upset customer?"))));
            config.routes.ws("/ws/chat", ws -> ws.onMessage(ctx -> server.on(ctx, JSON.readTree(ctx.message()))));
        }).start(port);
    }

    private void on(WsContext ctx, JsonNode msg) throws Exception {
        switch (msg.path("type").asText()) {
            case "start" -> {
                String id = "s" + System.nanoTime();
                sessions.put(id, new ArrayList<>());
                attached.put(ctx, id);
                send(ctx, Map.of("type", "started", "session", id, "scenario", Map.of("id", "late-order",
                        "title", "The birthday cake that never came", "mode", "customer", "difficulty", "medium",
                        "briefing", "You work on the help line of a bakery.\n\nDana ordered a cake for Saturday.",
                        "persona", Map.of("name", "Dana", "role", "a customer"),
                        "policy", List.of("A full refund", "A voucher worth 20 euros"))));
                partner(ctx, id, "Where is my cake? Order 4471, due Saturday at ten, and nothing came!", 78);
            }
            case "reply" -> {
                String id = attached.get(ctx);
                String text = msg.path("text").asText();
                var turns = sessions.get(id);
                int index = turns.size();
                turns.add(new java.util.HashMap<>(Map.of("index", index, "speaker", "learner", "text", text)));
                String ev = text.split("[.!?]")[0];
                Map<String, Object> grade = Map.of("score", 55, "summary", "Warm start; now fix it.",
                        "rewrite", "I'm so sorry about Saturday, Dana. Let me sort this out now.", "source", "offline",
                        "criteria", List.of(
                                Map.of("id", "empathy", "polarity", "positive", "detected", true, "confidence", .8, "evidence", ev, "tip", ""),
                                Map.of("id", "solution", "polarity", "positive", "detected", false, "confidence", .2, "evidence", "", "tip", "Offer something concrete within policy."),
                                Map.of("id", "ownership", "polarity", "positive", "detected", false, "confidence", .5, "evidence", "", "tip", "", "unsure", true, "note", "graders disagreed"),
                                Map.of("id", "deflect", "polarity", "negative", "detected", text.contains("policy"), "confidence", .9, "evidence", text.contains("policy") ? "policy" : "", "tip", "Skip policy-speak.")));
                turns.get(index).put("grade", grade);
                Thread.sleep(300);
                var g = new java.util.HashMap<>(grade);
                g.put("type", "grade");
                g.put("turn", index);
                send(ctx, g);
                partner(ctx, id, "Fine. You say that, but what are you going to do about it?", 60 - index * 3);
            }
            case "resume" -> {
                String id = msg.path("session").asText();
                attached.put(ctx, id);
                send(ctx, Map.of("type", "resumed", "session", id, "turns", sessions.getOrDefault(id, List.of())));
            }
            case "end" -> send(ctx, Map.of("type", "ended", "outcome", "resolved", "report", Map.of(
                    "averageScore", 55, "strengths", List.of(Map.of("id", "empathy", "evidence", "I understand")),
                    "practiseNext", List.of(Map.of("id", "solution", "tip", "Offer a concrete fix")))));
            default -> send(ctx, Map.of("type", "error", "code", "bad-message", "message", "Unknown type"));
        }
    }

    private void partner(WsContext ctx, String id, String line, int mood) throws Exception {
        var turns = sessions.get(id);
        int index = turns.size();
        for (String word : line.split("(?<= )")) {
            send(ctx, Map.of("type", "partner.delta", "turn", index, "text", word));
            Thread.sleep(40);
        }
        Map<String, Object> moodMap = Map.of("level", mood, "label", mood > 65 ? "angry" : "frustrated");
        turns.add(Map.of("index", index, "speaker", "partner", "text", line, "mood", moodMap));
        send(ctx, Map.of("type", "partner", "turn", index, "text", line, "mood", moodMap));
    }

    private static void send(WsContext ctx, Object msg) throws Exception {
        ctx.send(JSON.writeValueAsString(msg));
    }
}
