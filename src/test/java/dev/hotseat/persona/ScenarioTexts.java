package dev.hotseat.persona;

/** Small valid scenario files for loader tests; tests break one thing at a time. */
public final class ScenarioTexts {

    private ScenarioTexts() {
    }

    static final String CUSTOMER = """
            ---
            id: %s
            mode: customer
            title: Wrong size shoes
            difficulty: medium
            summary: Shoes arrived in the wrong size.
            rubric: customer
            briefing: You work at a shoe shop's help desk.
            persona:
              name: Sam
            situation: Sam got size 9 instead of size 7.
            facts:
              order: order 12
            hiddenFacts:
              - id: party
                text: "I need them for a party on Friday."
                askedBy: [party, when, need]
            wants:
              text: the right size before Friday
              acceptedIf: [express, exchange]
            policy:
              - Free exchange by post.
            lines:
              opening: ["My {order} came in the wrong size."]
              press: ["What will you do?"]
              calmer: ["Okay."]
              confirm: ["Yes."]
              correct: ["No, it's {order}."]
              suggest: ["Send the right size fast."]
              reject: ["That's no good."]
              pushback: ["Really?"]
              accept: ["Fine."]
              resolved: ["Thanks."]
              walk-out: ["I'm leaving."]
            ---
            Play Sam.
            """;

    static String customer(String id) {
        return CUSTOMER.formatted(id);
    }

    /** The 1-based line of the first line containing the text. */
    public static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains '" + needle + "'");
    }
}
