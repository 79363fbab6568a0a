package dev.hotseat;

import dev.hotseat.conversation.Engines;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.LlmEvaluator;
import dev.hotseat.evaluation.RubricEvaluator;
import dev.hotseat.lint.LintCommand;
import dev.hotseat.partner.LanguageModels;
import dev.hotseat.partner.LlmPartner;
import dev.hotseat.partner.ModelSettings;
import dev.hotseat.partner.PartnerEngine;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.web.CoachAuth;
import dev.hotseat.web.HotseatServer;
import java.util.Arrays;
import java.util.Optional;

/** Starts Hotseat: flags → settings → engines → server. Or, with {@code lint [DIR]}, checks the prompt files. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("lint")) {
            System.exit(LintCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        try {
            serve(Settings.parse(args, System.getenv()));
        } catch (Settings.InvalidSettingException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            // e.g. the port is taken or the data folder is not writable: say so in one line, not a stack trace
            System.err.println("Hotseat could not start: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void serve(Settings settings) {
        PromptLibrary library = new FilePromptLibrary(settings.prompts());
        Evaluator offline = RubricEvaluator.create(library);
        PartnerEngine scripted = new ScriptedPartner(new ScenarioDirector());
        Engines engines = switch (settings.llm()) {
            case OFFLINE -> Engines.offline(offline, scripted);
            case OPENAI, ANTHROPIC, OLLAMA -> languageModelEngines(settings, library, offline, scripted);
        };
        String coachToken = settings.coachToken().orElseGet(CoachAuth::randomToken);
        HotseatServer server = HotseatServer.start(new HotseatServer.Setup(settings.port(), settings.data(),
                settings.web(), library, engines, coachToken));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        if (settings.coachToken().isEmpty()) {
            System.out.println("Coach token: " + coachToken);
        }
        System.out.println("Listening on http://localhost:" + server.port());
    }

    /** The persona (and, with --judge-model, the judge) from a language model; the offline engines stand by. */
    private static Engines languageModelEngines(Settings settings, PromptLibrary library, Evaluator offline,
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
