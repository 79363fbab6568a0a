package dev.hotseat.partner;

import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.persona.Mood;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plays an interviewer: asks the main question, follows up on what the last answer lacked (never the same
 * follow-up twice), and closes with a verdict after the scenario's minimum to maximum number of questions.
 */
final class InterviewDirector {
    private static final Pattern EXAMPLE = Pattern.compile("\\b(once|one time|last (year|month|week|job|role)"
            + "|in my (last|previous|old|current) (job|role|position)|i had a customer|there was a (customer|time)"
            + "|i remember|when i worked|at my (last|previous) )", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESULT = Pattern.compile("\\b(in the end|ended up|as a result|the result"
            + "|thanked|came back|resolved|left (happy|satisfied)|was (happy|satisfied|pleased)|kept (their|his|her)"
            + "|stayed with us|positive review|outcome)", Pattern.CASE_INSENSITIVE);

    Plan plan(PartnerRequest request) {
        Scenario s = request.scenario();
        List<Turn> history = request.history();
        LinePicker lines = new LinePicker(s, history.size(),
                history.stream().filter(t -> !t.byLearner()).map(Turn::text).toList());
        if (request.opening()) {
            return opening(s, lines);
        }
        Reply reply = Reply.of(request.findings(), CustomerDirector.lastLearnerText(history));
        boolean rantAgain = reply.has("rant") && InterviewState.rants(history) > 0;
        int before = request.mood() == null ? s.mood().start() : request.mood().level();
        Mood mood = s.mood().moodAt(before + (reply.has("rant") ? 10 : 0) + (rantAgain ? 10 : 0)
                + (reply.offTask() ? 10 : 0) - (reply.has("star") ? 5 : 0));
        int questions = InterviewState.questionsAsked(history);
        int partnerTurns = (int) history.stream().filter(t -> !t.byLearner()).count();
        if (questions >= s.questions().maxQuestions() || partnerTurns >= s.questions().maxQuestions() + 3) {
            return close(s, history, request, lines, mood);
        }
        if (reply.offTask()) {
            return offTask(s, history, lines, mood);
        }
        if (thin(reply) && !InterviewState.justNudged(history)) {
            return nudge(s, history, lines, mood, asksBack(reply) ? "aside" : "nudge");
        }
        String lack = nextFollowUp(s, reply, InterviewState.earlierAnswers(history), InterviewState.asked(history),
                questions);
        if (lack == null) {
            return close(s, history, request, lines, mood);
        }
        String prefix = rantAgain ? lines.pick("rant-again", s.lines().getOrDefault("rant-again",
                DefaultLines.interview("rant-again", s.style())), Map.of())
                : InterviewState.showedSkill(reply) ? acknowledgement(s, lines) : "";
        return followUp(s, lines, mood, lack, prefix);
    }

    private static Plan opening(Scenario s, LinePicker lines) {
        String greeting = lines.pick("opening", s.lines().getOrDefault("opening", List.of()), Map.of());
        String line = (greeting + " " + lines.fill(s.questions().main(), Map.of())).strip();
        return new Plan("question:main", s.mood().moodAt(s.mood().start()), line, "Greet the candidate in a "
                + s.style() + " style and ask: " + s.questions().main(), null);
    }

    private static Plan offTask(Scenario s, List<Turn> history, LinePicker lines, Mood mood) {
        String again = lastQuestion(s, history, lines);
        String line = lines.pick("offtask", s.lines().getOrDefault("offtask", DefaultLines.interview("offtask")),
                Map.of()) + " " + again;
        return new Plan("offtask", mood, line.strip(), "The candidate went off the question. Ask them to answer"
                + " it: " + again, null);
    }

    /**
     * "Don't know", "I'd be nice": no skill in a few words. A real interviewer gives the candidate one more go at
     * the same question before moving on, rather than acknowledging it as an answer.
     */
    private static boolean thin(Reply reply) {
        return !InterviewState.showedSkill(reply) && !reply.has("rant")
                && (reply.text().strip().split("\\s+").length <= 8 || asksBack(reply));
    }

    /** "Before I answer, what's the salary?": a question back instead of an answer, put off politely. */
    private static boolean asksBack(Reply reply) {
        return !InterviewState.showedSkill(reply) && reply.text().strip().endsWith("?");
    }

    /** @param group "nudge" after a thin answer, "aside" after a question back; both once per question */
    private static Plan nudge(Scenario s, List<Turn> history, LinePicker lines, Mood mood, String group) {
        String again = lastQuestion(s, history, lines);
        String line = lines.pick(group, s.lines().getOrDefault(group, DefaultLines.interview(group, s.style())),
                Map.of()) + " " + again;
        return new Plan("nudge", mood, line.strip(), "The answer was too thin to judge. Encourage them, in a "
                + s.style() + " style, to say more, and repeat the question: " + again, null);
    }

    /**
     * The question last asked, whole: the scenario's question the last line ends with ("They demand a refund you
     * aren't authorised to give. What exactly do you say?"), so a repeat keeps its set-up; else its last sentence.
     */
    private static String lastQuestion(Scenario s, List<Turn> history, LinePicker lines) {
        String said = InterviewState.lastQuestion(history, false);
        List<String> questions = new ArrayList<>(List.of(s.questions().main()));
        s.questions().followUps().values().forEach(questions::addAll);
        return questions.stream().map(q -> lines.fill(q, Map.of()).strip()).filter(q -> !q.isEmpty() && said.endsWith(q))
                .max(java.util.Comparator.comparingInt(String::length))
                .orElse(InterviewState.lastQuestion(history, true));
    }

    /** What to ask next, or null to close: the minimum is always reached, "general" only fills up to it. */
    private static String nextFollowUp(Scenario s, Reply reply, List<Reply> earlier, Set<String> asked, int questions) {
        String lack = lacking(s, reply, earlier, asked);
        if (lack == null && questions < s.questions().minQuestions()) {
            List<Reply> all = new ArrayList<>(earlier);
            all.add(reply);
            lack = anyUnused(s, asked, all); // a strong candidate still gets the minimum number of questions
        }
        boolean enough = questions >= s.questions().minQuestions();
        return lack == null || (enough && lack.equals("general")) ? null : lack;
    }

    private static String acknowledgement(Scenario s, LinePicker lines) {
        return lines.pick("ack", s.lines().getOrDefault("ack", DefaultLines.acknowledgements(s.style())), Map.of());
    }

    /** @param prefix an acknowledgement when the answer showed a skill, a remark on a second rant, or "" */
    private static Plan followUp(Scenario s, LinePicker lines, Mood mood, String lack, String prefix) {
        String question = lines.pick("followUp:" + lack, s.questions().followUps().get(lack), Map.of());
        return new Plan("question:" + lack, mood, (prefix + " " + question).strip(),
                "In a " + s.style() + " style, briefly acknowledge the answer, then ask a follow-up because the"
                        + " answer lacked " + lack + ": " + question, null);
    }

    /** The first thing the answer lacked that has an unused follow-up, or null when nothing is left to ask. */
    private static String lacking(Scenario s, Reply reply, List<Reply> earlier, Set<String> asked) {
        List<String> order = new ArrayList<>();
        if (reply.has("rant")) {
            order.add("attitude");
        }
        // Covered by this answer or any earlier one: the interviewer remembers what the candidate already said.
        List<Reply> all = new ArrayList<>(earlier);
        all.add(reply);
        if (!covered("example", all)) {
            order.add("example");
        } else if (!covered("outcome", all)) {
            order.add("outcome");
        }
        List.of("limit", "listening").stream().filter(k -> !covered(k, all)).forEach(order::add);
        s.questions().followUps().keySet().stream()
                .filter(k -> !order.contains(k) && !k.equals("general") && !covered(k, all))
                .filter(k -> !List.of("attitude", "example", "outcome", "limit", "listening").contains(k))
                .forEach(order::add);
        order.add("general");
        return order.stream().filter(k -> !asked.contains(k))
                .filter(k -> !s.questions().followUps().getOrDefault(k, List.of()).isEmpty())
                .findFirst().orElse(null);
    }

    /**
     * An unused follow-up, preferring one about something no answer has covered yet; then one that digs deeper
     * into a covered skill; never a request for an example or an ending the candidate already gave (then close).
     */
    private static String anyUnused(Scenario s, Set<String> asked, List<Reply> all) {
        List<String> unused = s.questions().followUps().entrySet().stream()
                .filter(e -> !asked.contains(e.getKey()) && !e.getValue().isEmpty() && !e.getKey().equals("attitude"))
                .map(Map.Entry::getKey).toList();
        return unused.stream().filter(k -> !covered(k, all)).findFirst()
                .or(() -> unused.stream().filter(k -> !List.of("example", "outcome").contains(k)).findFirst())
                .orElse(null);
    }

    /** True when some answer already showed what this follow-up asks about. */
    private static boolean covered(String kind, List<Reply> all) {
        return switch (kind) {
            case "example" -> all.stream().anyMatch(r -> r.has("star") || EXAMPLE.matcher(r.text()).find());
            case "outcome" -> all.stream().anyMatch(r -> r.has("star") || RESULT.matcher(r.text()).find());
            case "limit" -> all.stream().anyMatch(r -> r.has("firm"));
            case "listening" -> all.stream().anyMatch(r -> r.has("listen") || r.has("empathy"));
            case "general", "attitude" -> false;
            default -> all.stream().anyMatch(r -> r.has(kind));
        };
    }

    private static Plan close(Scenario s, List<Turn> history, PartnerRequest request, LinePicker lines, Mood mood) {
        String verdict = InterviewState.verdict(history, request.findings());
        String line = lines.pick("closing:" + verdict, s.questions().closing().get(verdict), Map.of());
        return new Plan("close:" + verdict, mood, line, "Close the interview politely. Your verdict is "
                + verdict + "; hint at it without giving a score.", Outcome.ENDED);
    }
}
