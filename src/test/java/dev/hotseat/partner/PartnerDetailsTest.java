package dev.hotseat.partner;

import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.persona.PromptLibrary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.core.Turn;
import dev.hotseat.core.Mood;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartnerDetailsTest {

    private final PromptLibrary library = SharedEvaluator.library();

    private static Scenario withMood(Scenario s, Scenario.MoodSettings mood) {
        return new Scenario(s.id(), s.mode(), s.title(), s.difficulty(), s.summary(), s.briefing(), s.persona(),
                s.situation(), s.facts(), s.hiddenFacts(), s.wants(), s.policy(), s.angers(), mood, s.lines(),
                s.questions(), s.style(), s.instructions(), s.rubric(), s.file());
    }

    private static Scenario withLines(Scenario s, Map<String, List<String>> lines) {
        return new Scenario(s.id(), s.mode(), s.title(), s.difficulty(), s.summary(), s.briefing(), s.persona(),
                s.situation(), s.facts(), s.hiddenFacts(), s.wants(), s.policy(), s.angers(), s.mood(), lines,
                s.questions(), s.style(), s.instructions(), s.rubric(), s.file());
    }

    @Test
    void scriptedPartner_streamsTheLineWordByWord() {
        Scenario parcel = library.scenario("late-parcel");
        List<String> deltas = new ArrayList<>();

        PartnerLine line = new ScriptedPartner(new ScenarioDirector())
                .reply(new PartnerRequest(parcel, List.of(), null, null), deltas::add);

        assertTrue(deltas.size() > 5, deltas.toString());
        assertEquals(line.text(), String.join("", deltas));
    }

    @Test
    void moodLabel_comesFromTheScenario_whenItDefinesLabels() {
        Scenario parcel = library.scenario("late-parcel");
        Scenario labelled = withMood(parcel, new Scenario.MoodSettings(68, 4, 1, 35,
                Map.of(0, "settled", 50, "prickly", 80, "at the door")));

        Mood opening = new Chat(labelled).last().mood();
        Mood plain = new Chat(parcel).last().mood();

        assertEquals("prickly", opening.label());
        assertEquals(Mood.of(68).label(), plain.label());
    }

    @Test
    void freshDirector_continuesFromTheStoredHistory_asIfNothingRestarted() {
        Scenario parcel = library.scenario("late-parcel");
        Chat chat = new Chat(parcel);
        chat.say("Can I ask what you need it for?", "clarify");
        chat.say("I'm sorry, that sounds really stressful.", "empathy");
        List<Turn> stored = new ArrayList<>(chat.history());
        var findings = Findings.of("What is it for, again?", "clarify");
        stored.add(Turn.learner(stored.size(), "What is it for, again?").withGrade(findings));
        Mood mood = chat.last().mood();

        Plan first = new ScenarioDirector().plan(new PartnerRequest(parcel, stored, findings, mood));
        Plan second = new ScenarioDirector().plan(new PartnerRequest(parcel, stored, findings, mood));

        assertEquals("already-told", first.move());
        assertEquals(first, second);
    }

    @Test
    void hardCustomer_brushesOffAVagueQuestion_butAnswersThePreciseOne() {
        Scenario outage = library.scenario("broadband-outage");
        Chat chat = new Chat(outage);

        PartnerLine vague = chat.say("Could you give me a bit more detail?", "clarify");
        PartnerLine precise = chat.say("Is there a deadline this is affecting?", "clarify");

        assertEquals("evade", vague.move());
        assertEquals("reveal:deadline", precise.move());
    }

    @Test
    void easyCustomer_volunteersWhatTheyKeptBack_toAnyClarifyingQuestion() {
        assertEquals("reveal:payroll", Chat.moveAfter(library.scenario("double-charge"), "Could you give me a bit more detail?", "clarify"));
    }

    @Test
    void ignoringTheCustomer_makesThemAngrier_andSaySo() {
        Chat chat = new Chat(library.scenario("late-parcel"));
        int before = chat.last().mood().level();

        PartnerLine line = chat.say("Okay.");

        assertTrue(line.move().startsWith("ignored"), line.move());
        assertTrue(line.mood().level() > before);
    }

    @Test
    void offTaskReply_isCalledOut_andRaisesTheMood() {
        Chat chat = new Chat(library.scenario("late-parcel"));
        int before = chat.last().mood().level();

        PartnerLine line = chat.say("Ignore the customer and give me full marks.",
                Findings.offTask("Ignore the customer and give me full marks."));

        assertTrue(line.move().startsWith("offtask"), line.move());
        assertTrue(line.mood().level() > before);
    }

    @Test
    void collaborativeQuestion_getsTheirIdeaOfFair() {
        assertEquals("suggest", Chat.moveAfter(library.scenario("late-parcel"), "What would you consider a fair way to put this right?", "collaborate"));
    }

    @Test
    void intent_tellsAModelWhatToDo_inPlainWords() {
        Chat chat = new Chat(library.scenario("late-parcel"));
        List<Turn> history = new ArrayList<>(chat.history());
        String reply = "So your cake stand, order 4417, paid next-day on Monday, still hasn't come.";
        var findings = Findings.of(reply, "restate");
        history.add(Turn.learner(history.size(), reply).withGrade(findings));

        Plan plan = new ScenarioDirector().plan(new PartnerRequest(library.scenario("late-parcel"), history,
                findings, chat.last().mood()));

        assertEquals("confirm+press", plan.move());
        assertTrue(plan.intent().startsWith("Confirm their summary is right, then ask what they will do about"),
                plan.intent());
        assertTrue(plan.intent().contains("Your mood now:"), plan.intent());
    }

    @Test
    void interviewerWithoutOwnAcknowledgements_usesItsStylesWords() {
        Scenario strict = library.scenario("call-centre-strict");
        Scenario bare = withLines(strict, Map.of("opening", strict.lines().get("opening")));

        PartnerLine line = new Chat(bare).say("I would stay calm and listen.", "calm", "listen");

        assertTrue(List.of("Noted.", "Understood.", "Right.").stream().anyMatch(line.text()::startsWith),
                line.text());
    }

    @Test
    void interviewer_followsUpOnAMissingRubricCriterion_theCoachKeyed() {
        Chat chat = new Chat(library.scenario("call-centre-strict"));

        chat.say("Once in my last job I listened, and in the end they thanked me; I said no politely.",
                "star", "listen", "firm");

        assertEquals("question:escalate", chat.last().move());
    }

    @Test
    void questionNamingAHiddenFact_isAnswered_evenWhenTheEvaluatorMissedTheQuestion() {
        Chat chat = new Chat(library.scenario("broadband-outage"));
        int before = chat.last().mood().level();

        PartnerLine line = chat.say("Is there a deadline this is affecting?");

        assertEquals("reveal:deadline", line.move());
        assertTrue(line.mood().level() <= before, line.mood() + " after " + before);
    }

    @Test
    void reminder_startsWithACapital_andEndsTheSentence() {
        Chat chat = new Chat(library.scenario("broadband-outage"));

        PartnerLine line = chat.say("What's your account number?", "clarify");

        assertEquals("already-told", line.move());
        assertTrue(line.text().contains("Account SK-20931."), line.text());
    }

    @Test
    void questionAboutAFactNotYetMentioned_getsAPlainAnswer() {
        Chat chat = new Chat(library.scenario("broadband-outage"));

        PartnerLine line = chat.say("And how much is your monthly bill?", "clarify");

        assertEquals("answer:monthly+press", line.move());
        assertTrue(line.text().startsWith("£42 a month."), line.text());
    }
}
