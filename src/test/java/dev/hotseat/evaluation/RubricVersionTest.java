package dev.hotseat.evaluation;

import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.Rubric;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.PromptProblem;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A coach's edit to a rubric (a new cue here) changes grading on the next reply, with no restart. */
class RubricVersionTest {

    /** Hand-written fake: serves the project's customer rubric, optionally with one extra empathy cue. */
    private static final class EditableLibrary implements PromptLibrary {
        private volatile Rubric rubric = SharedEvaluator.library().rubric(Mode.CUSTOMER);

        void addEmpathyCue(String cue) {
            List<Criterion> criteria = new ArrayList<>();
            for (Criterion c : rubric.criteria()) {
                if (c.id().equals("empathy")) {
                    List<String> cues = new ArrayList<>(c.cues());
                    cues.add(cue);
                    c = new Criterion(c.id(), c.polarity(), c.weight(), c.name(), c.description(), c.why(),
                            c.source(), cues, c.blockers(), c.exemplars(), c.counterExemplars(), c.threshold(),
                            c.tip(), c.example(), c.check());
                }
                criteria.add(c);
            }
            rubric = new Rubric(rubric.id(), rubric.mode(), rubric.title(), criteria, rubric.file());
        }

        @Override public List<Scenario> scenarios() { return List.of(); }
        @Override public Scenario scenario(String id) { throw new IllegalArgumentException(id); }
        @Override public Rubric rubric(String id) { return rubric; }
        @Override public Rubric rubric(Mode mode) { return rubric; }
        @Override public String template(String name) { return ""; }
        @Override public List<PromptProblem> problems() { return List.of(); }
    }

    @Test
    void editedRubric_isCompiledAgain_andItsNewCueCounts() {
        EditableLibrary library = new EditableLibrary();
        RubricEvaluator evaluator = new RubricEvaluator(library, SharedEvaluator.model());
        Exchange exchange = new Exchange(Mode.CUSTOMER, "My parcel is late again.", "Bless your heart.", null);
        assertFalse(evaluator.grade(exchange).detected("empathy"));

        library.addEmpathyCue("\\bbless your heart\\b");

        assertTrue(evaluator.grade(exchange).detected("empathy"));
    }
}
