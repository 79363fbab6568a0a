package dev.hotseat.partner;

import dev.hotseat.persona.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shipped scenarios changed in one respect, for partner tests. */
final class Scenarios {
    private Scenarios() {
    }

    /** The scenario with this line group replaced (or added). */
    static Scenario withLine(Scenario s, String group, List<String> lines) {
        Map<String, List<String>> all = new LinkedHashMap<>(s.lines());
        all.put(group, lines);
        return withLines(s, all);
    }

    /** The scenario without this line group, so the built-in lines speak. */
    static Scenario without(Scenario s, String group) {
        Map<String, List<String>> all = new LinkedHashMap<>(s.lines());
        all.remove(group);
        return withLines(s, all);
    }

    static Scenario withLines(Scenario s, Map<String, List<String>> lines) {
        return new Scenario(s.id(), s.mode(), s.title(), s.difficulty(), s.summary(), s.briefing(), s.persona(),
                s.situation(), s.facts(), s.hiddenFacts(), s.wants(), s.policy(), s.angers(), s.mood(), lines,
                s.questions(), s.style(), s.instructions(), s.rubric(), s.file(), s.beyondPolicy());
    }

    static Scenario withMood(Scenario s, Scenario.MoodSettings mood) {
        return new Scenario(s.id(), s.mode(), s.title(), s.difficulty(), s.summary(), s.briefing(), s.persona(),
                s.situation(), s.facts(), s.hiddenFacts(), s.wants(), s.policy(), s.angers(), mood, s.lines(),
                s.questions(), s.style(), s.instructions(), s.rubric(), s.file(), s.beyondPolicy());
    }

    static Scenario withVoice(Scenario s, String voice) {
        Scenario.Persona p = s.persona();
        return new Scenario(s.id(), s.mode(), s.title(), s.difficulty(), s.summary(), s.briefing(),
                new Scenario.Persona(p.name(), p.role(), voice), s.situation(), s.facts(), s.hiddenFacts(), s.wants(),
                s.policy(), s.angers(), s.mood(), s.lines(), s.questions(), s.style(), s.instructions(), s.rubric(),
                s.file(), s.beyondPolicy());
    }

    static Scenario withStyle(Scenario s, String style) {
        return new Scenario(s.id(), s.mode(), s.title(), s.difficulty(), s.summary(), s.briefing(), s.persona(),
                s.situation(), s.facts(), s.hiddenFacts(), s.wants(), s.policy(), s.angers(), s.mood(), s.lines(),
                s.questions(), style, s.instructions(), s.rubric(), s.file(), s.beyondPolicy());
    }

    static Scenario withFollowUps(Scenario s, Map<String, List<String>> followUps) {
        Scenario.Interview q = s.questions();
        return new Scenario(s.id(), s.mode(), s.title(), s.difficulty(), s.summary(), s.briefing(), s.persona(),
                s.situation(), s.facts(), s.hiddenFacts(), s.wants(), s.policy(), s.angers(), s.mood(), s.lines(),
                new Scenario.Interview(q.main(), followUps, q.closing(), q.minQuestions(), q.maxQuestions()),
                s.style(), s.instructions(), s.rubric(), s.file(), s.beyondPolicy());
    }
}
