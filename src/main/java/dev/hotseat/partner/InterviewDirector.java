package dev.hotseat.partner;

import dev.hotseat.core.Mood;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.EnglishCheck;
import dev.hotseat.core.Polarity;
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

    /** Words of a question back that is about the job, put off politely rather than called off-topic. */
    private static final Pattern ABOUT_THE_JOB = Pattern.compile("\\b(salary|pay|hours|shifts?|team|training|start"
            + "|role|job|holidays?|benefits|progression|contract|rota|manager|office|remote)\\b", Pattern.CASE_INSENSITIVE);
    /** What an answer about serving customers is made of: sharing none of it, and nothing of the question, is off-topic. */
    private static final java.util.Set<String> DOMAIN = java.util.Set.of("custo", "clien", "calle", "liste", "help",
            "probl", "compl", "sorry", "apolo", "calm", "refun", "manag", "polic", "expla", "sort", "fix", "job",
            "servi", "situa", "issue", "upset", "angry", "deal", "handl", "solve", "solut", "offer", "order", "team",
            "unders", "under", "empat", "feel", "hear", "work", "previ", "call");
    /** "Don't know" in a word: thin, not off-topic. */
    private static final java.util.Set<String> NOT_SURE = java.util.Set.of("dunno", "maybe", "idea", "guess",
            "unsure", "pass", "perhaps", "possibly", "probably");

    Plan plan(PartnerRequest request) {
        Scenario s = request.scenario();
        List<Turn> history = request.history();
        LinePicker lines = new LinePicker(s, history.size(),
                history.stream().filter(t -> !t.byLearner()).map(Turn::text).toList(), request.seed());
        if (request.opening()) {
            return opening(s, lines);
        }
        Reply reply = Reply.of(request.findings(), CustomerDirector.lastLearnerText(history));
        boolean rantAgain = reply.has("rant") && InterviewState.rants(history) > 0;
        int before = request.mood() == null ? s.mood().start() : request.mood().level();
        // A polite interviewer grows doubtful, never furious: off-task text costs little and the level is capped.
        int level = Math.min(CAP, before + (reply.has("rant") ? 10 : 0) + (rantAgain ? 10 : 0)
                + (reply.offTask() ? 5 : 0) - (reply.has("star") ? 5 : 0) - (quality(reply) >= 2 ? 3 : 0)
                + (quality(reply) == 0 && !reply.offTask() ? 5 : 0)); // an answer with nothing in it leaves them less convinced
        Mood mood = mood(s, level);
        int questions = InterviewState.questionsAsked(history);
        int partnerTurns = (int) history.stream().filter(t -> !t.byLearner()).count();
        if (questions >= s.questions().maxQuestions() || partnerTurns >= s.questions().maxQuestions() + 3) {
            return close(s, history, request, lines, mood);
        }
        boolean english = EnglishCheck.looksEnglish(reply.text());
        boolean repeated = Progress.repeats(reply.text(), InterviewState.earlierAnswers(history).stream()
                .map(Reply::text).toList());
        boolean stalled = reply.offTask() || (offTopic(reply, InterviewState.lastQuestion(history, false))
                && !vague(reply)) || repeated
                || (!english && InterviewState.moved(history, "english"));
        if (stalled && InterviewState.count(history, "offtask") >= 2) {
            // A third answer that isn't one: a real interviewer brings it to a polite close.
            return close(s, history, request, lines, mood(s, Math.max(level, 45)));
        }
        if (!english && !InterviewState.moved(history, "english")) {
            String again = lastQuestion(s, history, lines);
            return new Plan("english", mood, (lines.pick("english", s.lines().getOrDefault("english",
                    DefaultLines.interview("english")), Map.of()) + " " + again).strip(),
                    "The candidate answered in another language. Ask them, once and kindly, to answer in English, and"
                            + " repeat the question: " + again, null);
        }
        if (stalled && !InterviewState.justMoved(history, "offtask")) {
            return offTask(s, history, lines, mood, repeated ? "repeat" : english ? "offtask" : "english-again");
        }
        if (vague(reply) && !InterviewState.justNudged(history)) {
            java.util.Optional<Plan> probe = probe(s, history, lines, mood, reply);
            if (probe.isPresent()) {
                return probe.get();
            }
        }
        if (thin(reply) && !InterviewState.justNudged(history)) {
            return asksBack(reply) ? nudge(s, history, lines, mood, "aside")
                    : probe(s, history, lines, mood, reply).orElseGet(() -> nudge(s, history, lines, mood, "nudge"));
        }
        String lack = nextFollowUp(s, reply, InterviewState.earlierAnswers(history), InterviewState.asked(history),
                questions);
        if (lack == null) {
            return close(s, history, request, lines, mood);
        }
        String prefix = rantAgain ? lines.pick("rant-again", s.lines().getOrDefault("rant-again",
                DefaultLines.interview("rant-again", s.style())), Map.of())
                : acknowledgement(s, lines, reply);
        return followUp(s, lines, mood, lack, prefix);
    }

    /** Interviewers don't fume: the level stops short of what a customer would walk out at. */
    static final int CAP = 70;

    /** The interviewer's mood in an interviewer's words (engaged … unconvinced), unless the coach wrote their own. */
    static Mood mood(Scenario s, int level) {
        if (!s.mood().labels().isEmpty()) {
            return s.mood().moodAt(level);
        }
        int l = Math.max(0, Math.min(100, level));
        return new Mood(l, l < 25 ? "engaged" : l < 40 ? "attentive" : l < 55 ? "unconvinced" : "doubtful");
    }

    /** "Probably sort it out somehow": a short answer made of hedges, whatever skill its words resemble. */
    private static final Pattern VAGUE = Pattern.compile("\\b(somehow|something|stuff|things|whatever|probably"
            + "|i guess|kind of|sort of|my best|deal with it|handle it)\\b", Pattern.CASE_INSENSITIVE);

    private static boolean vague(Reply reply) {
        return reply.text().strip().split("\\s+").length <= 10 && VAGUE.matcher(reply.text()).find()
                && !reply.has("star");
    }

    /** How many skills (positive criteria) the answer showed. */
    private static int quality(Reply reply) {
        return reply.grade() == null || reply.grade().offTask() ? 0 : (int) reply.grade().criteria().stream()
                .filter(c -> c.detected() && c.polarity() == Polarity.POSITIVE).count();
    }

    /**
     * Small talk, and questions back that have nothing to do with the job or the question: no skill, and either a
     * small-talk topic or a question sharing not one word with the question or with serving customers. A weak
     * statement ("I'd smile and be nice") is thin, not off-topic; "don't know" is thin too.
     */
    private static boolean offTopic(Reply reply, String question) {
        if (InterviewState.showedSkill(reply) || reply.has("rant") || ABOUT_THE_JOB.matcher(reply.text()).find()) {
            return false;
        }
        if (CustomerDirector.SMALL_TALK.matcher(reply.lower()).find()) {
            return true;
        }
        java.util.Set<String> words = Grievance.contentWords(reply.text());
        words.removeIf(NOT_SURE::contains);
        if (words.isEmpty() || !reply.text().contains("?")) {
            return false;
        }
        java.util.Set<String> asked = Grievance.contentWords(question);
        return words.stream().noneMatch(w -> asked.contains(w) || DOMAIN.stream().anyMatch(w::startsWith));
    }

    /**
     * "Probably sort it out somehow": a short answer with words in it is quoted back and probed — "You said you'd
     * 'sort it out somehow'. How, exactly?" — once per question, like a nudge.
     */
    private static java.util.Optional<Plan> probe(Scenario s, List<Turn> history, LinePicker lines, Mood mood,
                                                  Reply reply) {
        String quoted = reply.text().strip().replaceAll("[.!?,;]+$", "");
        java.util.Set<String> words = Grievance.contentWords(quoted);
        words.removeIf(NOT_SURE::contains);
        if (words.isEmpty() || quoted.split("\\s+").length < 3) {
            return java.util.Optional.empty();
        }
        String said = Character.toLowerCase(quoted.charAt(0)) + quoted.substring(1);
        String line = lines.pick("probe", s.lines().getOrDefault("probe", DefaultLines.interview("probe", s.style())),
                Map.of("said", said));
        return java.util.Optional.of(new Plan("nudge", mood, line, "The answer was vague. Quote their own words back"
                + " (\"" + said + "\") and ask what exactly they would do.", null));
    }

    private static Plan opening(Scenario s, LinePicker lines) {
        String greeting = lines.pick("opening", s.lines().getOrDefault("opening", List.of()), Map.of());
        String line = (greeting + " " + lines.fill(s.questions().main(), Map.of())).strip();
        return new Plan("question:main", mood(s, s.mood().start()), line, "Greet the candidate in a "
                + s.style() + " style and ask: " + s.questions().main(), null);
    }

    /** @param group "offtask", "repeat" (the same answer again) or "english-again" */
    private static Plan offTask(Scenario s, List<Turn> history, LinePicker lines, Mood mood, String group) {
        String again = lastQuestion(s, history, lines);
        String line = lines.pick(group, s.lines().getOrDefault(group, DefaultLines.interview(group)),
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

    /**
     * The acknowledgement follows the answer's quality: praise for an answer that showed two skills or a real
     * example, a neutral "Okay." for one skill, and nothing at all for none (the follow-up is the probe).
     */
    private static String acknowledgement(Scenario s, LinePicker lines, Reply reply) {
        int skills = quality(reply);
        if (skills >= 2 || reply.has("star")) {
            return lines.pick("ack", s.lines().getOrDefault("ack", DefaultLines.acknowledgements(s.style())), Map.of());
        }
        return skills == 1 ? lines.pick("ack-neutral", s.lines().getOrDefault("ack-neutral",
                DefaultLines.interview("ack-neutral", s.style())), Map.of()) : "";
    }

    /** @param prefix an acknowledgement when the answer showed a skill, a remark on a second rant, or "" */
    private static Plan followUp(Scenario s, LinePicker lines, Mood mood, String lack, String prefix) {
        String question = lines.pick("followUp:" + lack, s.questions().followUps().get(lack), Map.of());
        // The language model is told the same as the scripted line: praise only when the answer earned it.
        String ack = prefix.isBlank() ? "do not praise or thank them for the answer (it showed nothing yet)"
                : "acknowledge the answer only as much as this does: \"" + prefix + "\"";
        return new Plan("question:" + lack, mood, (prefix + " " + question).strip(),
                "In a " + s.style() + " style, " + ack + ", then ask a follow-up because the"
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
        // The closing's words match the verdict; the shown mood must not sound warmer or colder than them.
        mood = mood(s, switch (verdict) {
            case "strong" -> Math.min(mood.level(), 20);
            case "mixed" -> Math.max(Math.min(mood.level(), 45), 25);
            default -> Math.max(mood.level(), 40);
        });
        String line = lines.pick("closing:" + verdict, s.questions().closing().get(verdict), Map.of());
        return new Plan("close:" + verdict, mood, line, "Close the interview politely. Your verdict is "
                + verdict + "; hint at it without giving a score.", Outcome.ENDED);
    }
}
