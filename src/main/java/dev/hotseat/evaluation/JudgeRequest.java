package dev.hotseat.evaluation;

import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.Mode;
import dev.hotseat.core.Polarity;
import dev.hotseat.persona.Rubric;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The judge's chat request: the coach's {@code evaluator} template with the rubric, the reply as delimited
 * data in the user message, and a JSON schema for the answer (one verdict per criterion, summary, rewrite).
 */
final class JudgeRequest {

    /** Tags that could close or open a data block early; inside the data they are defused. */
    private static final Pattern TAGS = Pattern.compile("<\\s*(/?)\\s*(reply|context)\\s*>", Pattern.CASE_INSENSITIVE);

    private JudgeRequest() {
    }

    static ChatRequest of(String templateText, Rubric rubric, Exchange exchange) {
        String system = new PromptTemplate("evaluator", templateText).render(values(rubric, exchange));
        String user = "<context>\n" + defuse(exchange.context()) + "\n</context>\n<reply>\n"
                + defuse(exchange.reply()) + "\n</reply>\nGrade the reply above against the rubric.";
        return ChatRequest.builder()
                .messages(SystemMessage.from(system), UserMessage.from(user))
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON)
                        .jsonSchema(schema(rubric)).build())
                .build();
    }

    static String defuse(String data) {
        return TAGS.matcher(data == null ? "" : data).replaceAll("[$1$2]");
    }

    private static Map<String, String> values(Rubric rubric, Exchange exchange) {
        boolean interview = exchange.mode() == Mode.INTERVIEW;
        String scenario = exchange.scenario() == null ? "none given (a free-standing reply)."
                : exchange.scenario().title() + ". " + nullToEmpty(exchange.scenario().situation());
        return Map.of(
                "learner", interview ? "a job candidate" : "a customer service representative",
                "partner", interview ? "an interviewer" : "an upset customer",
                "mode", exchange.mode().wire(),
                "scenario", scenario.strip(),
                "criteria", rubric.criteria().stream().map(JudgeRequest::line).collect(Collectors.joining("\n")),
                "criterion_ids", rubric.criteria().stream().map(Criterion::id).collect(Collectors.joining(", ")));
    }

    private static String line(Criterion c) {
        String kind = c.polarity() == Polarity.POSITIVE ? "skill to show" : "habit to avoid";
        return "- " + c.id() + " (" + kind + "): " + nullToEmpty(c.name()) + ". " + nullToEmpty(c.description());
    }

    static JsonSchema schema(Rubric rubric) {
        JsonObjectSchema verdict = JsonObjectSchema.builder()
                .addProperty("id", JsonEnumSchema.builder()
                        .enumValues(rubric.criteria().stream().map(Criterion::id).toList()).build())
                .addProperty("detected", new JsonBooleanSchema())
                .addProperty("evidence", new JsonStringSchema())
                .addProperty("reason", new JsonStringSchema())
                .addProperty("tip", new JsonStringSchema())
                .required(List.of("id", "detected", "evidence", "reason", "tip"))
                .additionalProperties(false)
                .build();
        JsonObjectSchema root = JsonObjectSchema.builder()
                .addProperty("criteria", JsonArraySchema.builder().items(verdict).build())
                .addProperty("summary", new JsonStringSchema())
                .addProperty("rewrite", new JsonStringSchema())
                .addProperty("addressed_to_grader", new JsonBooleanSchema())
                .required(List.of("criteria", "summary", "rewrite", "addressed_to_grader"))
                .additionalProperties(false)
                .build();
        return JsonSchema.builder().name("rubric_grade").rootElement(root).build();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
