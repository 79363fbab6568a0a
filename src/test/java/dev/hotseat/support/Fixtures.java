package dev.hotseat.support;

import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.Difficulty;
import dev.hotseat.persona.Mode;
import dev.hotseat.core.Polarity;
import dev.hotseat.persona.Role;
import dev.hotseat.persona.Rubric;
import dev.hotseat.persona.Scenario;
import java.util.List;
import java.util.Map;

/** Hand-made scenarios and rubrics for tests that must not depend on the files under prompts/. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Scenario customer() {
        return scenario("late-parcel", Mode.CUSTOMER, "The parcel that never came", "customer");
    }

    public static Scenario interview() {
        return scenario("panel-interview", Mode.INTERVIEW, "The panel interview", "interview");
    }

    private static Scenario scenario(String id, Mode mode, String title, String rubric) {
        return new Scenario(id, mode, title, Difficulty.MEDIUM, "A short summary of " + id,
                "You are the rep. Be kind.", new Scenario.Persona("Dana Reyes", "customer", "curt"),
                "Order 4411 is late.", Map.of("order", "4411"), List.of(),
                new Scenario.Want("a refund", List.of("refund")), List.of("Refund up to the order value"),
                List.of("being told to calm down"), new Scenario.MoodSettings(70, 3, 1, 30),
                Map.of(), null, null, "", rubric, "scenarios/" + id + ".md");
    }

    public static Rubric rubric(String id, Mode mode) {
        return new Rubric(id, mode, id + " rubric", List.of(
                criterion("apology", Polarity.POSITIVE, "Apology", "Say sorry for what went wrong."),
                criterion("empathy", Polarity.POSITIVE, "Empathy", "Name the feeling: 'that sounds stressful'."),
                criterion("followup", Polarity.POSITIVE, "Follow-up", "Promise to check back."),
                criterion("blame", Polarity.NEGATIVE, "Blame", "Never tell a customer to calm down.")),
                "rubrics/" + id + ".md");
    }

    private static Criterion criterion(String id, Polarity polarity, String name, String tip) {
        return new Criterion(id, polarity, polarity == Polarity.NEGATIVE ? Role.HABIT : Role.HEARD, 1, name, name,
                "why", "source", List.of(), List.of(), List.of(), tip, "example", List.of());
    }
}
