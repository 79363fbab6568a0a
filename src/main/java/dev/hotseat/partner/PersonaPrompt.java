package dev.hotseat.partner;

import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.PromptTemplate;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.Scenario;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The persona's chat request for one line: the system prompt from the coach's {@code persona} template, filled
 * with the scenario and this turn's plan, then the conversation as alternating user (learner) and assistant
 * (persona) messages.
 */
final class PersonaPrompt {

    /** Stage direction before the first line, so every provider sees a conversation that starts with the user. */
    static final String START = "(The conversation starts now. You speak first.)";

    private final PromptTemplate template;

    PersonaPrompt(String templateText) {
        this.template = new PromptTemplate("persona", templateText);
    }

    List<ChatMessage> messages(PartnerRequest request, Plan plan) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(template.render(values(request, plan))));
        messages.add(UserMessage.from(START));
        for (Turn turn : request.history()) {
            ChatMessage last = messages.getLast();
            if (turn.byLearner() && last instanceof UserMessage previous) {
                messages.set(messages.size() - 1, UserMessage.from(previous.singleText() + "\n" + turn.text()));
            } else if (!turn.byLearner() && last instanceof AiMessage previous) {
                messages.set(messages.size() - 1, AiMessage.from(previous.text() + "\n" + turn.text()));
            } else {
                messages.add(turn.byLearner() ? UserMessage.from(turn.text()) : AiMessage.from(turn.text()));
            }
        }
        return messages;
    }

    static Map<String, String> values(PartnerRequest request, Plan plan) {
        Scenario s = request.scenario();
        Map<String, String> v = new HashMap<>();
        Scenario.Persona persona = s.persona() == null ? new Scenario.Persona("", "", "") : s.persona();
        v.put("name", text(persona.name()));
        v.put("role", text(persona.role()));
        v.put("voice", text(persona.voice()));
        v.put("title", text(s.title()));
        v.put("learner", s.mode() == Mode.INTERVIEW
                ? "a candidate you are interviewing for a customer-facing job"
                : "the service representative who has picked up your complaint");
        v.put("situation", text(s.situation()));
        v.put("facts", bullets(s.facts() == null ? List.of() : s.facts().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).toList()));
        v.put("hidden_facts", hiddenFacts(s, request.history(), plan.move()));
        v.put("wants", s.wants() == null ? "" : text(s.wants().text()));
        v.put("policy", bullets(s.policy()));
        v.put("angers", bullets(s.angers()));
        v.put("style", text(s.style()));
        v.put("instructions", text(s.instructions()));
        v.put("mood_before", request.mood() == null ? "" : request.mood().label() + " (" + request.mood().level() + "/100)");
        v.put("mood_label", plan.mood().label());
        v.put("mood_level", String.valueOf(plan.mood().level()));
        v.put("move", text(plan.move()));
        v.put("intent", text(plan.intent()));
        v.put("ending", ending(plan.outcome()));
        v.put("state", standing(request));
        return v;
    }

    /**
     * Where things stand, from the same state the scripted partner keeps, so a language model plays the same plan. For
     * a customer: whether the fix is agreed and in whose words, whether they were heard, what they revealed that
     * nobody took on, a promise beyond policy to hold them to, how many replies got nowhere, and any threat to keep.
     * For an interviewer: what was asked and challenged, and how the interview is going so far.
     */
    static String standing(PartnerRequest request) {
        Scenario s = request.scenario();
        if (s.mode() == Mode.INTERVIEW) {
            return interviewStanding(request);
        }
        if (s.wants() == null) {
            return "- (follow the plan below)";
        }
        CustomerState state = CustomerState.of(s, request.history());
        List<String> lines = new ArrayList<>();
        lines.add(state.accepted() ? "You have agreed to their fix (\"" + state.acceptedOffer() + "\"). The call is"
                + " closing: a courteous reply gets a goodbye, not new demands, and you reveal nothing more."
                : "What you still need: " + text(s.wants().text()) + ". Accept only an offer that gives you that.");
        if (!state.offerOnTable().isEmpty() && !state.accepted()) {
            lines.add("They offered the right fix (\"" + state.offerOnTable() + "\") but you have not taken it yet"
                    + (state.heldForSorry() ? ": nobody has acknowledged you." : ": you pushed back once."));
        }
        lines.add(state.heard() ? "They have acknowledged how this affected you."
                : "Nobody has yet acknowledged how this affected you; a fix alone does not make up for that.");
        List<String> unhandled = s.hiddenFacts().stream().filter(f -> state.unhandled().contains(f.id()))
                .map(Scenario.HiddenFact::text).toList();
        if (s.difficulty() == dev.hotseat.persona.Difficulty.HARD && !unhandled.isEmpty()) {
            lines.add("You told them this and they have not taken it on: " + String.join(" ", unhandled));
        }
        if (!state.promised().isBlank()) {
            lines.add("They promised more than they may give (\"" + state.promised() + "\"). Hold them to it until"
                    + " they take it back; do not settle while it hangs.");
        }
        lines.add("Replies that got nowhere so far: " + state.stalls() + ". After " + CustomerDirector.warnAt(s)
                + " you warn them once; after that, the next one ends the call.");
        if (!state.threat().isEmpty()) {
            lines.add(state.threat().equals("manager") ? "You warned them you would ask for a manager. Keep that threat."
                    : "You warned them you would hang up. Keep that threat.");
        }
        lines.add("If they insult you or talk down to you, even while fixing it, take the fix coldly and ask for"
                + " their manager; never thank them warmly.");
        return bullets(lines);
    }

    private static String interviewStanding(PartnerRequest request) {
        InterviewState state = new InterviewState(request.history());
        Reply newest = Reply.of(request.findings(), CustomerDirector.lastLearnerText(request.history()));
        InterviewVerdict so = InterviewVerdict.of(request.findings() == null ? state.earlierAnswers()
                : state.answers(newest), state.askedBy());
        List<String> lines = new ArrayList<>();
        lines.add("Questions asked so far: " + state.questionsAsked() + " (at least "
                + request.scenario().questions().minQuestions() + ", at most "
                + request.scenario().questions().maxQuestions() + ").");
        lines.add("Already asked about: " + String.join(", ", state.asked()) + ". Never ask the same thing twice.");
        lines.add("So far: " + so.skills() + " distinct skills shown, " + so.stories() + " real example(s), "
                + so.thin() + " answer(s) with nothing in them; the interview is going " + so.verdict() + ".");
        lines.add("If they promise more than the job allows, say it is not their problem, or answer in jargon,"
                + " challenge it once. If they ask you a question back, answer it with a reasonable assumption and"
                + " repeat your question.");
        return bullets(lines);
    }

    private static String hiddenFacts(Scenario s, List<Turn> history, String move) {
        if (s.hiddenFacts() == null || s.hiddenFacts().isEmpty()) {
            return "- (none)";
        }
        Set<String> told = history.stream().map(Turn::move).filter(Objects::nonNull)
                .filter(m -> m.startsWith("reveal:")).map(m -> m.substring("reveal:".length()))
                .collect(Collectors.toSet());
        String now = move != null && move.startsWith("reveal:") ? move.substring("reveal:".length()) : "";
        return bullets(s.hiddenFacts().stream().map(f -> f.text() + " — "
                + (f.id().equals(now) ? "TELL THIS NOW, in your own words"
                : told.contains(f.id()) ? "already told; you may refer to it"
                : "keep this back; do not mention or hint at it yet")).toList());
    }

    private static String ending(Outcome outcome) {
        if (outcome == null) {
            return "The conversation goes on after this line.";
        }
        return switch (outcome) {
            case WALKED_OUT -> "This is your last line: you have had enough and you leave the conversation.";
            case RESOLVED -> "This is your last line: you accept, and the conversation ends on good terms.";
            case ENDED -> "This is your last line: close the conversation.";
            case MANAGER -> "This is your last line: you have given up on them and demand to speak to a manager.";
            case COMPLETED -> "This is your last line: close the interview politely.";
        };
    }

    private static String bullets(List<String> items) {
        return items == null || items.isEmpty() ? "- (none)"
                : items.stream().map(i -> "- " + i).collect(Collectors.joining("\n"));
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
