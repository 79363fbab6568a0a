package dev.hotseat;

import dev.hotseat.conversation.Engines;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.RubricEvaluator;
import dev.hotseat.partner.PartnerEngine;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.LintCommand;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.web.CoachAuth;
import dev.hotseat.web.HotseatServer;
import java.util.Arrays;

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
            case OPENAI, ANTHROPIC, OLLAMA -> throw new Settings.InvalidSettingException(
                    "--llm " + settings.llm().name().toLowerCase() + " is not available in this build yet (use offline)");
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
}
