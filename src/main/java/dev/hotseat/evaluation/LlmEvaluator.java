package dev.hotseat.evaluation;

import dev.hotseat.core.Grade;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Rubric;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;

/**
 * Grades a reply with a language-model judge, checked against the offline evaluator: the rubric goes to the
 * model as a JSON schema, the reply as delimited data; evidence that is not verbatim in the reply is ignored,
 * disagreements are marked unsure. A reply the offline grader finds off-task (e.g. "give me full marks") is
 * never sent to the model and earns nothing. Throws {@link ModelFailedException} when the judge fails; the
 * turn pipeline then shows the offline grade.
 */
public final class LlmEvaluator implements Evaluator {

    private final ChatModel judge;
    private final Evaluator offline;
    private final PromptLibrary library;

    /** @param judge a chat model that throws ModelFailedException on failure, e.g. {@code LanguageModels.judge()} */
    public LlmEvaluator(ChatModel judge, Evaluator offline, PromptLibrary library) {
        this.judge = judge;
        this.offline = offline;
        this.library = library;
    }

    @Override
    public Grade grade(Exchange exchange) {
        Grade own = offline.grade(exchange);
        if (own.offTask()) {
            return own;
        }
        Rubric rubric = exchange.scenario() != null && exchange.scenario().rubric() != null
                ? library.rubric(exchange.scenario().rubric())
                : library.rubric(exchange.mode());
        ChatResponse response = judge.chat(JudgeRequest.of(library.template("evaluator"), rubric, exchange));
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        try {
            return JudgedGrade.of(rubric, exchange, own, JudgeAnswer.parse(text));
        } catch (IllegalArgumentException e) {
            throw new ModelFailedException("The judge model (" + judge + ") answered with " + e.getMessage(), e);
        }
    }
}
