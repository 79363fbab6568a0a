package dev.hotseat;

import dev.hotseat.conversation.Engines;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.persona.Mode;
import dev.hotseat.evaluation.LlmEvaluator;
import dev.hotseat.evaluation.RubricEvaluator;
import dev.hotseat.partner.LanguageModels;
import dev.hotseat.partner.LlmPartner;
import dev.hotseat.partner.ModelSettings;
import dev.hotseat.partner.PartnerEngine;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.persona.PromptLibrary;
import java.util.Optional;

/** Which engines speak and grade, from {@code --llm} and the model settings: offline, or a model with the offline ones standing by. */
final class EngineChoice {
    private EngineChoice() {
    }

    static Engines of(Settings settings, PromptLibrary library) {
        Evaluator offline = RubricEvaluator.create(library);
        PartnerEngine scripted = new ScriptedPartner(new ScenarioDirector());
        Engines engines = switch (settings.llm()) {
            case OFFLINE -> Engines.offline(offline, scripted);
            case OPENAI, ANTHROPIC, OLLAMA -> languageModels(settings, library, offline, scripted);
        };
        // Only once the flags are known to be good: a start refused for a bad flag says so on its last line.
        warmUp(offline);
        return engines;
    }

    /**
     * Grades one made-up reply in the background as the server starts: the first grade loads the embedding model and
     * compiles the hot paths (about a second), which would otherwise put the first learner's reply over the grading
     * budget.
     */
    private static void warmUp(Evaluator offline) {
        // A platform thread: CPU-bound work on a virtual thread would hold one of the few carriers the requests need.
        Thread.ofPlatform().daemon().name("hotseat-warm-up").start(() -> {
            try {
                offline.grade(new Exchange(Mode.CUSTOMER, "Where is my order?", "I'm sorry, let me check that now.", null));
            } catch (RuntimeException e) {
                System.err.println("Warming up the evaluator failed (the first reply will be slower): " + e.getMessage());
            }
        });
    }

    /** The persona (and, with --judge-model, the judge) from a language model; the offline engines stand by. */
    private static Engines languageModels(Settings settings, PromptLibrary library, Evaluator offline,
                                          PartnerEngine scripted) {
        ModelSettings persona;
        try {
            persona = ModelSettings.of(ModelSettings.Provider.of(settings.llm().name()), settings.baseUrl(),
                    settings.model(), settings.apiKey(), settings.connectTimeout(), settings.timeout(),
                    settings.retries());
        } catch (IllegalArgumentException e) {
            throw new Settings.InvalidSettingException(e.getMessage());
        }
        LanguageModels personaModel = new LanguageModels(persona);
        // A model that is down at start-up is announced and the app still serves: every turn falls back.
        personaModel.check().ifPresent(System.out::println);
        Optional<Evaluator> judge = Optional.empty();
        if (!settings.judgeModel().isBlank()) {
            LanguageModels judgeModel = new LanguageModels(
                    persona.forModel(settings.judgeModel(), settings.judgeBaseUrl()));
            if (!judgeModel.settings().baseUrl().equals(persona.baseUrl())) {
                judgeModel.check().ifPresent(System.out::println);
            }
            judge = Optional.of(new LlmEvaluator(judgeModel.judge(), offline, library));
        }
        return new Engines(offline, judge, new LlmPartner(personaModel, new ScenarioDirector(), library), scripted);
    }
}
