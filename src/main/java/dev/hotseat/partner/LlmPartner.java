package dev.hotseat.partner;

import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.UnknownTemplateException;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.function.Consumer;

/**
 * The persona in a language model's own words. The {@link Director} still decides the move, the mood and the
 * ending (so the persona softens only for cause); the model is told that plan and writes the line, streamed
 * token by token. Throws {@link dev.hotseat.evaluation.ModelFailedException} when the model fails, is too slow,
 * stalls, or steps out of character; the turn pipeline then speaks the plan's scripted line instead.
 */
public final class LlmPartner implements PartnerEngine {

    private final ModelStream model;
    private final Director director;
    private final PromptLibrary library;

    public LlmPartner(LanguageModels models, Director director, PromptLibrary library) {
        this.model = models.persona();
        this.director = director;
        this.library = library;
    }

    @Override
    public PartnerLine reply(PartnerRequest request, Consumer<String> onDelta) {
        Plan plan = director.plan(request);
        PersonaPrompt prompt = new PersonaPrompt(template(request.scenario().mode()));
        ChatRequest chat = ChatRequest.builder().messages(prompt.messages(request, plan)).build();
        String text = model.stream(chat, onDelta).strip();
        if (text.isEmpty()) {
            throw model.failed("an empty answer");
        }
        return new PartnerLine(text, plan.mood(), plan.move(), plan.outcome());
    }

    /** Interviews use {@code persona-interview} when the coaches have one; everything else {@code persona}. */
    private String template(Mode mode) {
        if (mode == Mode.INTERVIEW) {
            try {
                return library.template("persona-interview");
            } catch (UnknownTemplateException missing) {
                // An older prompts/ folder: the general persona template still works.
            }
        }
        return library.template("persona");
    }
}
