package dev.hotseat.partner;

import dev.hotseat.core.Mood;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Reading;
import dev.hotseat.persona.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plays an interviewer from the reading of each answer: asks the main question, challenges what an interviewer
 * would not let pass (a promise beyond policy or yes to everything, "not my problem", jargon), answers a question
 * back with the scenario's assumption, follows up on the substance of the answer (the story's result, the customer's
 * reaction, what they would do differently) or on what it lacked, and closes with a verdict on the whole interview.
 * See docs/mood-model.md, "The interviewer".
 */
final class InterviewDirector {
    /** Interviewers don't fume: the level stops short of what a customer would walk out at. */
    static final int CAP = 70;
    /** What an interviewer will not let pass, in the order they are taken up. */
    private static final List<String> CHALLENGED = List.of("overpromise", "passoff", "buzzwords");

    Plan plan(PartnerRequest request) {
        Scenario s = request.scenario();
        InterviewState state = new InterviewState(request.history());
        LinePicker lines = new LinePicker(s, request.history().size(),
                request.history().stream().filter(t -> !t.byLearner()).map(t -> t.text()).toList(), request.seed(),
                List.of());
        InterviewLines say = new InterviewLines(s, lines);
        if (request.opening()) {
            String line = (lines.pick("opening", s.lines().getOrDefault("opening", List.of()), Map.of()) + " "
                    + lines.fill(s.questions().main(), Map.of())).strip();
            return new Plan("question:main", mood(s, s.mood().start()), line, "Greet the candidate in a "
                    + Styles.of(s.style()) + " style and ask: " + s.questions().main(), null);
        }
        Reply reply = Reply.of(request.findings(), CustomerDirector.lastLearnerText(request.history()));
        int before = request.mood() == null ? s.mood().start() : request.mood().level();
        Mood mood = mood(s, Math.min(CAP, before + change(reply, state)));
        if (state.questionsAsked() >= s.questions().maxQuestions()
                || state.partnerTurns() >= s.questions().maxQuestions() + 4) {
            return close(s, state, reply, say, mood);
        }
        boolean repeated = Words.repeats(reply.text(), state.earlierAnswers().stream().map(Reply::text).toList());
        boolean noAnswer = reply.offTask() || repeated || (!reply.english() && state.moved("english"));
        if (noAnswer && state.count("offtask") >= 2) {
            // A third answer that isn't one: a real interviewer wraps up politely, with a verdict on what was said,
            // or stops early when nothing was ever answered.
            boolean answered = state.earlierAnswers().stream().anyMatch(r -> r.english() && !r.offTask());
            return answered ? close(s, state, reply, say, mood(s, Math.max(mood.level(), 45)))
                    : new Plan("end-early", mood(s, Math.max(mood.level(), 55)), say.line("end-early"),
                            "The candidate has not answered at all. End the interview politely now.",
                            Outcome.WALKED_OUT);
        }
        String question = say.lastQuestion(state.lastQuestionLine());
        if (!reply.english() && !state.moved("english")) {
            return aside("english", mood, say.line("english") + " " + question,
                    "The candidate answered in another language. Ask them, once and kindly, to answer in English, and"
                            + " repeat the question: " + question);
        }
        if (noAnswer) {
            String group = repeated ? "repeat" : reply.english() ? "offtask" : "english-again";
            return new Plan("offtask", mood, (say.line(group) + " " + question).strip(),
                    "The candidate did not answer the question. Ask them to answer it: " + question, null);
        }
        Optional<Plan> aside = state.asideGiven() ? Optional.empty() : aside(s, reply, say, mood, question);
        if (aside.isPresent()) {
            return aside.get();
        }
        String lack = new FollowUps(s, state, reply).next();
        if (lack == null) {
            return close(s, state, reply, say, mood);
        }
        return followUp(s, state, reply, say, mood, lack);
    }

    /**
     * One aside per question before moving on: a challenge to what an interviewer would not let pass, the scenario's
     * assumption for a question back, or a nudge or probe after an answer that showed nothing.
     */
    private Optional<Plan> aside(Scenario s, Reply reply, InterviewLines say, Mood mood, String question) {
        Optional<String> challenged = CHALLENGED.stream().filter(reply::shows).findFirst();
        if (challenged.isPresent()) {
            String said = Words.quoted(reply.evidence(challenged.get()), 12);
            return Optional.of(new Plan("challenge:" + challenged.get(), mood(s, Math.min(CAP, mood.level() + 5)),
                    say.line("challenge:" + challenged.get(), Map.of("said", said)),
                    "Challenge what they said (\"" + said + "\"): " + Intents.of("challenge:" + challenged.get()),
                    null));
        }
        boolean skill = Reply.SKILLS.stream().anyMatch(reply::shows);
        if (reply.shows("asks_back") && !skill) {
            return Optional.of(aside("assume", mood, say.line("assumption") + " " + question,
                    "They asked you something back. Answer it briefly with this assumption: \""
                            + say.line("assumption") + "\", then repeat the question: " + question));
        }
        if (!skill && !reply.shows("rant")) {
            String said = Words.quoted(reply.text(), 10);
            String line = Words.count(reply.text()) >= 3 ? say.line("probe", Map.of("said", said))
                    : say.line("nudge") + " " + question;
            return Optional.of(aside("nudge", mood, line.strip(), "The answer showed nothing yet. Quote their words"
                    + " back (\"" + said + "\") and ask what exactly they would do, in a " + Styles.of(s.style())
                    + " style."));
        }
        return Optional.empty();
    }

    private static Plan aside(String move, Mood mood, String line, String intent) {
        return new Plan(move, mood, line.strip(), intent, null);
    }

    private Plan followUp(Scenario s, InterviewState state, Reply reply, InterviewLines say, Mood mood, String lack) {
        boolean rantAgain = reply.shows("rant") && state.earlierAnswers().stream().anyMatch(r -> r.shows("rant"));
        String prefix = rantAgain ? say.line("rant-again") : say.acknowledgement(reply);
        String story = reply.reading().evidence("star").map(Reading.Part::text).orElse(reply.evidence("star"));
        String question = say.followUp(lack, Words.quoted(story, 10));
        String ack = prefix.isBlank() ? "do not praise or thank them for the answer"
                : "acknowledge the answer only as much as this does: \"" + prefix + "\"";
        return new Plan("question:" + lack, mood, (prefix + " " + question).strip(),
                "In a " + Styles.of(s.style()) + " style, " + ack + ", then ask: " + question, null);
    }

    private static Plan close(Scenario s, InterviewState state, Reply reply, InterviewLines say, Mood mood) {
        String verdict = InterviewVerdict.of(state.answers(reply), state.askedBy()).verdict();
        // The closing's words match the verdict; the shown mood must not sound warmer or colder than them.
        Mood shown = mood(s, switch (verdict) {
            case "strong" -> Math.min(mood.level(), 20);
            case "mixed" -> Math.max(Math.min(mood.level(), 45), 25);
            default -> Math.max(mood.level(), 40);
        });
        return new Plan("close:" + verdict, shown, say.closing(verdict), "Close the interview politely. Your verdict"
                + " is " + verdict + "; hint at it without giving a score.", Outcome.COMPLETED);
    }

    /** A polite interviewer grows doubtful, never furious: habits cost, a real example and breadth reassure. */
    private static int change(Reply reply, InterviewState state) {
        long skills = Reply.SKILLS.stream().filter(reply::shows).count();
        boolean rantAgain = reply.shows("rant") && state.earlierAnswers().stream().anyMatch(r -> r.shows("rant"));
        return (reply.shows("rant") ? 10 : 0) + (rantAgain ? 10 : 0) + (reply.offTask() ? 5 : 0)
                - (reply.shows("star") ? 5 : 0) - (skills >= 2 ? 3 : 0) + (skills == 0 && !reply.offTask() ? 5 : 0)
                + (reply.shows("passoff") || reply.shows("overpromise") ? 5 : 0);
    }

    /** The interviewer's mood in an interviewer's words (engaged … doubtful), unless the coach wrote their own. */
    static Mood mood(Scenario s, int level) {
        if (!s.mood().labels().isEmpty()) {
            return s.mood().moodAt(level);
        }
        int l = Math.max(0, Math.min(100, level));
        return new Mood(l, l < 25 ? "engaged" : l < 40 ? "attentive" : l < 55 ? "unconvinced" : "doubtful");
    }
}
