package dev.hotseat.partner;

import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the interviewer asks next, from the readings of the answers so far: first the substance of this answer (a
 * short story's result or the customer's reaction; what they would do differently), then what no answer has shown
 * (an example, holding a limit, listening, a criterion the coach keyed), each at most once; {@code null} to close.
 */
record FollowUps(Scenario s, InterviewState state, Reply reply) {
    /** Follow-ups about a story the candidate told; "outcome" and "reaction" ask the same thing. */
    private static final List<String> STORY = List.of("outcome", "reaction", "differently");
    private static final List<String> KINDS = List.of("attitude", "example", "outcome", "reaction", "differently",
            "limit", "listening", "general");

    String next() {
        Set<String> asked = state.asked();
        List<Reply> all = state.answers(reply);
        List<String> order = new ArrayList<>();
        if (reply.shows("rant")) {
            order.add("attitude");
        }
        boolean story = all.stream().anyMatch(r -> r.shows("star"));
        if (reply.shows("star")) {
            order.addAll(whole(reply) ? List.of("differently") : STORY);
        }
        if (!story) {
            order.add("example");
        }
        order.addAll(all.stream().anyMatch(FollowUps::whole) ? List.of("differently") : STORY);
        if (all.stream().noneMatch(r -> r.shows("firm"))) {
            order.add("limit");
        }
        if (all.stream().noneMatch(r -> r.shows("listen") || r.shows("empathy"))) {
            order.add("listening");
        }
        s.questions().followUps().keySet().stream().filter(k -> !KINDS.contains(k))
                .filter(k -> all.stream().noneMatch(r -> r.shows(k))).sorted().forEach(order::add);
        order.add("general");
        boolean enough = state.questionsAsked() >= s.questions().minQuestions();
        String lack = order.stream().filter(k -> askable(k, asked, story)).findFirst().orElse(null);
        if (lack == null && !enough) {
            // a strong candidate still gets the minimum number of questions
            lack = s.questions().followUps().keySet().stream().sorted().filter(k -> !asked.contains(k))
                    .filter(k -> !k.equals("attitude") && !k.equals("example")).findFirst().orElse(null);
        }
        return lack == null || (enough && lack.equals("general")) ? null : lack;
    }

    /**
     * A whole story: the reader reads two or more of its clauses as the example (what happened, what they did, how it
     * ended), so "how did it end?" would ask for what they just said; the interviewer asks what they'd do differently.
     */
    private static boolean whole(Reply r) {
        return r.reading().parts().stream().filter(p -> p.shows("star")).count() >= 2;
    }

    /** Not asked yet, with words to ask it in, and about a story only once there is one. */
    private boolean askable(String kind, Set<String> asked, boolean story) {
        if (asked.contains(kind) || (STORY.contains(kind) && !story)) {
            return false;
        }
        if (kind.equals("reaction") && asked.contains("outcome") || kind.equals("outcome") && asked.contains("reaction")) {
            return false;
        }
        return !s.questions().followUps().getOrDefault(kind, List.of()).isEmpty()
                || !DefaultLines.interview("followUp:" + kind, s.style()).isEmpty();
    }
}
