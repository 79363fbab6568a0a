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
        chat.say(Readings.reply().question("Can I ask what you need it for?", "clarify").asks("event"));
        chat.say(Readings.reply().part("I'm sorry, that sounds really stressful.", "empathy"));
        List<Turn> stored = new ArrayList<>(chat.history());
        var findings = Readings.reply().question("What is it for, again?", "clarify").asks("event").grade();
        stored.add(Turn.learner(stored.size(), "What is it for, again?").withGrade(findings));
        Mood mood = chat.last().mood();

        Plan first = new ScenarioDirector().plan(new PartnerRequest(parcel, stored, findings, mood));
        Plan second = new ScenarioDirector().plan(new PartnerRequest(parcel, stored, findings, mood));

        assertEquals("already-told", first.move());
        assertEquals(first, second);
    }

    @Test
    void intent_tellsAModelWhatToDo_inPlainWords() {
        Chat chat = new Chat(library.scenario("late-parcel"));
        List<Turn> history = new ArrayList<>(chat.history());
        String reply = "So your cake stand, order 4417, paid next-day on Monday, still hasn't come.";
        var findings = Readings.reply().part(reply, "restate").grade();
        history.add(Turn.learner(history.size(), reply).withGrade(findings));

        Plan plan = new ScenarioDirector().plan(new PartnerRequest(library.scenario("late-parcel"), history,
                findings, chat.last().mood()));

        assertEquals("confirm+press", plan.move());
        assertTrue(plan.intent().startsWith("Their summary of your problem is right. Confirm it, then ask what"),
                plan.intent());
        assertTrue(plan.intent().contains("Your mood now:"), plan.intent());
    }

    @Test
    void interviewerWithoutOwnAcknowledgements_usesItsStylesWords() {
        Scenario strict = library.scenario("call-centre-strict");
        Scenario bare = withLines(strict, Map.of("opening", strict.lines().get("opening")));

        PartnerLine line = new Chat(bare).say(Readings.answer().part("I would stay calm and listen.", "calm", "listen"));

        assertTrue(List.of("Noted.", "Understood.", "Right.").stream().anyMatch(line.text()::startsWith),
                line.text());
    }

    @Test
    void interviewer_followsUpOnAMissingRubricCriterion_theCoachKeyed() {
        Chat chat = new Chat(library.scenario("call-centre-strict"));
        chat.say(Readings.answer().part("Once in my last job I listened, and in the end they thanked me.", "star",
                "listen"));
        chat.say(Readings.answer().part("They were relieved, and said so.", "star"));
        chat.say(Readings.answer().part("I'd say no politely and offer what I could.", "firm", "solution"));

        assertTrue(chat.moves().contains("question:escalate"), chat.moves().toString());
    }
}
