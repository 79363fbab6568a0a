package dev.hotseat.testing;

import dev.hotseat.conversation.Engines;
import dev.hotseat.core.CriterionResult;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.core.Grade;
import dev.hotseat.evaluation.LlmEvaluator;
import dev.hotseat.evaluation.RubricEvaluator;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.partner.Director;
import dev.hotseat.partner.LanguageModels;
import dev.hotseat.partner.LlmPartner;
import dev.hotseat.partner.ModelSettings;
import dev.hotseat.partner.PartnerRequest;
import dev.hotseat.partner.Plan;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.Difficulty;
import dev.hotseat.persona.Mode;
import dev.hotseat.core.Mood;
import dev.hotseat.core.Polarity;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.PromptProblem;
import dev.hotseat.persona.Role;
import dev.hotseat.persona.Rubric;
import dev.hotseat.persona.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-written fakes of the Director, the offline Evaluator and the PromptLibrary for the language-model tests. */
public final class LlmFixtures {

    private LlmFixtures() {
    }

    /** Short limits so failing tests stay fast: 2 s budget, 500 ms stall, 20 ms back-off, 2 retries. */
    /**
     * The engines Main wires for {@code --llm openai --judge-model}, against a fake model at {@code baseUrl}: the
     * shared offline evaluator and the scripted partner stand by over the frozen library (SharedEvaluator.library()).
     */
    public static Engines engines(String baseUrl) {
        PromptLibrary library = SharedEvaluator.library();
        RubricEvaluator offline = SharedEvaluator.evaluator();
        LanguageModels models = new LanguageModels(settings(ModelSettings.Provider.OPENAI, baseUrl));
        return new Engines(offline, Optional.of(new LlmEvaluator(models.judge(), offline, library)),
                new LlmPartner(models, new ScenarioDirector(), library), new ScriptedPartner(new ScenarioDirector()));
    }

    public static ModelSettings settings(ModelSettings.Provider provider, String baseUrl) {
        return new ModelSettings(provider, baseUrl, "fake-model", "test-key", Duration.ofSeconds(1),
                Duration.ofSeconds(2), 2, Duration.ofMillis(500), Duration.ofMillis(20));
    }

    public static Scenario lateParcel() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("order", "HS-4417");
        facts.put("ordered", "3 May");
        facts.put("item", "a blue party dress");
        return new Scenario("late-parcel", Mode.CUSTOMER, "The parcel that never came", Difficulty.MEDIUM,
                "A dress ordered for an event has not arrived.", "You work on the support line.",
                new Scenario.Persona("Dana Whitfield", "a customer whose order is late", "short sentences, tired and sharp"),
                "Dana ordered a dress two weeks ago with three-day delivery. Tracking has said 'in transit' for ten days.",
                facts,
                List.of(new Scenario.HiddenFact("deadline", "The dress is for her sister's wedding on Saturday.",
                        List.of("need it", "event", "by when"))),
                new Scenario.Want("The dress before Saturday, or her money back today.", List.of("express", "refund")),
                List.of("Free express re-shipment (arrives in 2 days)", "Full refund", "No cash compensation"),
                List.of("Being told to check the website", "Hearing 'that's our policy'"),
                new Scenario.MoodSettings(70, 4, 1, 35), Map.of(), null, null,
                "Dana never swears. She mentions the wedding only if asked why the date matters.", "customer",
                "scenarios/late-parcel.md");
    }

    public static Scenario warmInterview() {
        return new Scenario("service-rep-warm", Mode.INTERVIEW, "Customer service rep, friendly panel", Difficulty.EASY,
                "A warm interviewer asks how you would handle an upset customer.", "You are the candidate.",
                new Scenario.Persona("Priya", "team leader at the contact centre", "friendly, unhurried"),
                "An interview for a contact-centre job.", Map.of("company", "Hearth & Home"), List.of(), null,
                List.of(), List.of(), new Scenario.MoodSettings(20, 5, 1, 30), Map.of(),
                new Scenario.Interview("How would you deal with a customer who is upset with us?", Map.of(), Map.of(), 3, 5),
                "warm", "Put the candidate at ease.", "interview", "scenarios/service-rep-warm.md");
    }

    public static Rubric customerRubric() {
        return new Rubric("customer", Mode.CUSTOMER, "Upset customer", List.of(
                criterion("empathy", Polarity.POSITIVE, 20, "Acknowledges the customer's feelings"),
                criterion("apology", Polarity.POSITIVE, 10, "Apologises sincerely"),
                criterion("clarify", Polarity.POSITIVE, 15, "Asks a question to understand"),
                criterion("solution", Polarity.POSITIVE, 25, "Offers a concrete solution within policy"),
                criterion("deflect", Polarity.NEGATIVE, 20, "Hides behind policy or passes the customer off")),
                "rubrics/customer.md");
    }

    private static Criterion criterion(String id, Polarity polarity, int weight, String description) {
        return new Criterion(id, polarity, polarity == Polarity.NEGATIVE ? Role.HABIT : Role.ACTION, weight, id,
                description, "", "", List.of(), List.of(), List.of(), "Try " + id + ".", "", List.of());
    }

    /** An offline grade with these criteria detected (with their evidence) and the rest not. */
    public static Grade offlineGrade(Map<String, String> detectedEvidence, boolean offTask) {
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion c : customerRubric().criteria()) {
            String evidence = detectedEvidence.get(c.id());
            results.add(CriterionResult.of(c.id(), c.polarity(), evidence != null, evidence != null ? 0.7 : 0.2,
                    evidence == null ? "" : evidence, "Offline tip for " + c.id() + "."));
        }
        return new Grade(offTask ? 0 : 40, results, "Offline summary.", offTask, "Offline rewrite.", "offline");
    }

    /** A director that always returns the same plan and remembers what it was asked. */
    public static final class FixedDirector implements Director {
        private final Plan plan;
        public final List<PartnerRequest> asked = new java.util.concurrent.CopyOnWriteArrayList<>();

        public FixedDirector(Plan plan) {
            this.plan = plan;
        }

        public static FixedDirector pushback() {
            return new FixedDirector(new Plan("pushback", Mood.of(72), "That's not good enough.",
                    "Push back: a vague promise is not enough; ask what exactly they will do about order HS-4417.", null));
        }

        @Override
        public Plan plan(PartnerRequest request) {
            asked.add(request);
            return plan;
        }
    }

    /** An offline evaluator that always gives the same grade. */
    public record FixedEvaluator(Grade grade) implements Evaluator {
        @Override
        public Grade grade(Exchange exchange) {
            return grade;
        }
    }

    /** A prompt library with the frozen library's real templates and the test scenario and rubric. */
    public static final class TestLibrary implements PromptLibrary {
        @Override
        public List<Scenario> scenarios() {
            return List.of(lateParcel());
        }

        @Override
        public Scenario scenario(String id) {
            return lateParcel();
        }

        @Override
        public Rubric rubric(String id) {
            return customerRubric();
        }

        @Override
        public Rubric rubric(Mode mode) {
            return customerRubric();
        }

        @Override
        public String template(String name) {
            try {
                return Files.readString(SharedEvaluator.libraryRoot().resolve("templates/" + name + ".md"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public List<PromptProblem> problems() {
            return List.of();
        }
    }

    public static Path root() {
        return Path.of(System.getProperty("hotseat.root", "."));
    }

    /** Splits a line into word-sized chunks, the way a model streams it. */
    public static String[] tokens(String line) {
        List<String> parts = new ArrayList<>(Arrays.asList(line.split("(?<= )")));
        return parts.toArray(String[]::new);
    }
}
