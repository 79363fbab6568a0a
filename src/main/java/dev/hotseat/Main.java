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
import dev.hotseat.account.UsersCommand;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.store.BackupCommand;
import dev.hotseat.web.CoachAuth;
import dev.hotseat.web.HotseatServer;
import dev.hotseat.web.WireSettings;
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
        if (args.length > 0 && args[0].equals("backup")) {
            System.exit(backup(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("users")) {
            System.exit(UsersCommand.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out, System.err,
                    System.getenv()));
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
                settings.web(), library, engines, coachToken, new WireSettings(settings.host(), settings.publicUrl(),
                settings.maxTurns(), settings.startRate(), settings.evaluateRate(), settings.loginRate(),
                java.time.Duration.ofMillis(settings.gradingMs())),
                settings.database(), settings.keepDays(), settings.accountsRequired()));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        if (settings.coachToken().isEmpty()) {
            System.out.println("Coach token: " + coachToken);
        }
        // The address really listened on (127.0.0.1 unless --host says otherwise), not a name that may mean more.
        System.out.println("Listening on http://" + server.host() + ":" + server.port());
    }

    /** {@code backup FILE [--data DIR]}: an online copy of the SQLite database. */
    private static int backup(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println("Usage: java -jar target/hotseat.jar backup FILE [--data DIR]  (FILE must not exist yet)");
            return 2;
        }
        try {
            Settings settings = Settings.parse(Arrays.copyOfRange(args, 1, args.length), System.getenv());
            return BackupCommand.run(settings.data(), settings.database(), args[0], System.out, System.err);
        } catch (Settings.InvalidSettingException e) {
            System.err.println(e.getMessage());
            return 2;
        }
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
