package dev.hotseat.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The frames each provider sends: a whole answer, or the start, chunks and end of a streamed one. */
final class WireFormat {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WireFormat() {
    }

    static ObjectNode complete(FakeModelServer.Wire wire, String model, String text) {
        ObjectNode node = JSON.createObjectNode();
        switch (wire) {
            case OPENAI -> {
                node.put("id", "chatcmpl-fake").put("object", "chat.completion").put("created", 1).put("model", model);
                ObjectNode choice = node.putArray("choices").addObject().put("index", 0);
                choice.putObject("message").put("role", "assistant").put("content", text);
                choice.put("finish_reason", "stop");
                node.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
            }
            case ANTHROPIC -> {
                node.put("id", "msg_fake").put("type", "message").put("role", "assistant").put("model", model);
                node.putArray("content").addObject().put("type", "text").put("text", text);
                node.put("stop_reason", "end_turn").putNull("stop_sequence");
                node.putObject("usage").put("input_tokens", 10).put("output_tokens", 5);
            }
            case OLLAMA -> {
                ollamaFrame(node, model, text, true);
            }
        }
        return node;
    }

    static String start(FakeModelServer.Wire wire, String model) {
        if (wire != FakeModelServer.Wire.ANTHROPIC) {
            return "";
        }
        ObjectNode message = JSON.createObjectNode().put("type", "message_start");
        ObjectNode m = message.putObject("message").put("id", "msg_fake").put("type", "message")
                .put("role", "assistant").put("model", model);
        m.putArray("content");
        m.putNull("stop_reason").putNull("stop_sequence");
        m.putObject("usage").put("input_tokens", 10).put("output_tokens", 1);
        ObjectNode block = JSON.createObjectNode().put("type", "content_block_start").put("index", 0);
        block.putObject("content_block").put("type", "text").put("text", "");
        return event("message_start", message) + event("content_block_start", block);
    }

    static String chunk(FakeModelServer.Wire wire, String model, String text) {
        return switch (wire) {
            case OPENAI -> data(openAiChunk(model, text, null));
            case ANTHROPIC -> {
                ObjectNode delta = JSON.createObjectNode().put("type", "content_block_delta").put("index", 0);
                delta.putObject("delta").put("type", "text_delta").put("text", text);
                yield event("content_block_delta", delta);
            }
            case OLLAMA -> line(ollamaFrame(JSON.createObjectNode(), model, text, false));
        };
    }

    static String end(FakeModelServer.Wire wire, String model) {
        return switch (wire) {
            case OPENAI -> {
                ObjectNode usage = JSON.createObjectNode().put("id", "chatcmpl-fake")
                        .put("object", "chat.completion.chunk").put("created", 1).put("model", model);
                usage.putArray("choices");
                usage.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
                yield data(openAiChunk(model, null, "stop")) + data(usage) + "data: [DONE]\n\n";
            }
            case ANTHROPIC -> {
                ObjectNode delta = JSON.createObjectNode().put("type", "message_delta");
                delta.putObject("delta").put("stop_reason", "end_turn").putNull("stop_sequence");
                delta.putObject("usage").put("output_tokens", 5);
                yield event("content_block_stop", JSON.createObjectNode().put("type", "content_block_stop").put("index", 0))
                        + event("message_delta", delta)
                        + event("message_stop", JSON.createObjectNode().put("type", "message_stop"));
            }
            case OLLAMA -> line(ollamaFrame(JSON.createObjectNode(), model, "", true));
        };
    }

    private static ObjectNode openAiChunk(String model, String text, String finish) {
        ObjectNode node = JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion.chunk")
                .put("created", 1).put("model", model);
        ObjectNode choice = node.putArray("choices").addObject().put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (text != null) {
            delta.put("role", "assistant").put("content", text);
        }
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return node;
    }

    private static ObjectNode ollamaFrame(ObjectNode node, String model, String text, boolean done) {
        node.put("model", model).put("created_at", "2026-01-01T00:00:00Z");
        node.putObject("message").put("role", "assistant").put("content", text);
        node.put("done", done);
        if (done) {
            node.put("done_reason", "stop").put("total_duration", 1).put("prompt_eval_count", 10).put("eval_count", 5);
        }
        return node;
    }

    private static String data(ObjectNode node) {
        return "data: " + write(node) + "\n\n";
    }

    private static String event(String name, ObjectNode node) {
        return "event: " + name + "\ndata: " + write(node) + "\n\n";
    }

    private static String line(ObjectNode node) {
        return write(node) + "\n";
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
