package dev.hotseat.persona;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fills what a scenario header leaves out of its mood and questions blocks from the difficulty. */
final class ScenarioMoods {
    static final int DEFAULT_MIN_QUESTIONS = 3;
    static final int DEFAULT_MAX_QUESTIONS = 5;

    private ScenarioMoods() {
    }

    static Scenario.MoodSettings settle(ScenarioHeader h) {
        Scenario.MoodSettings base = h.mode() == Mode.INTERVIEW
                ? MoodDefaults.interviewer(h.difficulty()) : MoodDefaults.of(h.difficulty());
        ScenarioHeader.MoodHeader m = h.mood();
        if (m == null) {
            return base;
        }
        return new Scenario.MoodSettings(or(m.start(), base.start()), or(m.patience(), base.patience()),
                or(m.pushback(), base.pushback()), or(m.calmEnough(), base.calmEnough()), m.labels());
    }

    static Scenario.Interview interview(ScenarioHeader h) {
        ScenarioHeader.InterviewHeader q = h.questions();
        if (q == null) {
            return null;
        }
        return new Scenario.Interview(q.main() == null ? "" : q.main().strip(), copy(q.followUps()),
                copy(q.closing()), or(q.minQuestions(), DEFAULT_MIN_QUESTIONS),
                or(q.maxQuestions(), DEFAULT_MAX_QUESTIONS));
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> groups) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (groups != null) {
            groups.forEach((k, v) -> out.put(k, v.stream().map(String::strip).toList()));
        }
        return out;
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
