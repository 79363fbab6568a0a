package dev.hotseat.persona;

import dev.hotseat.evaluation.Criterion;
import dev.hotseat.evaluation.Rubric;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The checks on a scenario's content once its header has mapped: lines, facts, placeholders, questions. */
final class ScenarioContentChecks {
    private final ScenarioHeader h;
    private final Rubric rubric;
    private final FileProblems p;
    private final Set<String> placeholders = new TreeSet<>(LineKeys.RESERVED_PLACEHOLDERS);

    ScenarioContentChecks(ScenarioHeader header, Rubric rubric, FileProblems problems) {
        this.h = header;
        this.rubric = rubric;
        this.p = problems;
    }

    void run() {
        checkFacts();
        checkMood();
        checkTexts("/briefing", List.of(h.briefing() == null ? "" : h.briefing()));
        checkTexts("/policy", h.policy());
        if (h.mode() == Mode.CUSTOMER) {
            new CustomerChecks().run();
        } else {
            new InterviewChecks().run();
        }
    }

    private void checkFacts() {
        if (h.facts() == null) {
            return;
        }
        h.facts().forEach((key, value) -> {
            if (!ScenarioReader.validFactKey(key)) {
                p.at("/facts/" + key, "fact name '" + key + "' must be lower-case letters, digits, '_' or '-'"
                        + " (and not 'name' or 'told', which every line already has)");
            } else if (FileProblems.blank(value)) {
                p.at("/facts/" + key, "fact '" + key + "' has no value");
            }
            placeholders.add(key);
        });
    }

    private void checkMood() {
        ScenarioHeader.MoodHeader m = h.mood();
        if (m == null) {
            return;
        }
        range(m.start(), 0, 99, "/mood/start", "mood.start");
        range(m.patience(), 1, 20, "/mood/patience", "mood.patience");
        range(m.pushback(), 0, 5, "/mood/pushback", "mood.pushback");
        range(m.calmEnough(), 0, 100, "/mood/calmEnough", "mood.calmEnough");
        if (m.labels() != null) {
            m.labels().forEach((level, label) -> {
                if (level < 0 || level > 100 || FileProblems.blank(label)) {
                    p.at("/mood/labels/" + level, "a mood label needs a level 0–100 and a word, e.g. '70: angry'");
                }
            });
        }
    }

    private void range(Integer value, int min, int max, String pointer, String key) {
        if (value != null && (value < min || value > max)) {
            p.at(pointer, key + " is " + value + " but must be between " + min + " and " + max);
        }
    }

    /** Every item must be text, and every {placeholder} must name a fact. */
    void checkTexts(String pointer, List<String> texts) {
        if (texts == null) {
            return;
        }
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String at = pointer + "/" + i; // falls back to the key's own line for a single text
            if (FileProblems.blank(text)) {
                p.at(at, "an empty item: write the text after '- ' or remove the line");
                continue;
            }
            for (String name : Placeholders.names(text)) {
                if (!placeholders.contains(name.strip())) {
                    p.at(at, "placeholder {" + name + "} names no fact: add it under 'facts:' or use one of {"
                            + String.join("}, {", placeholders) + "}");
                }
            }
        }
    }

    private void checkGroups(String pointer, Map<String, List<String>> groups, List<String> known,
                             List<String> required, String what) {
        Map<String, List<String>> given = groups == null ? Map.of() : groups;
        for (String key : required) {
            if (given.get(key) == null || given.get(key).isEmpty()) {
                p.missing(pointer, pointer.substring(1).replace('/', '.') + "." + key, what + " for '" + key + "'");
            }
        }
        given.forEach((key, texts) -> {
            if (!known.contains(key)) {
                p.at(pointer + "/" + key, "unknown key '" + key + "' under " + pointer.substring(1).replace('/', '.')
                        + " (known: " + String.join(", ", known) + ")");
            }
            checkTexts(pointer + "/" + key, texts);
        });
    }

    private final class CustomerChecks {
        void run() {
            if (FileProblems.blank(h.situation())) {
                p.missing("", "situation", "what happened, in a few sentences");
            }
            if (h.policy() == null || h.policy().isEmpty()) {
                p.missing("", "policy", "a list of what the rep may offer");
            }
            checkWants();
            checkHiddenFacts();
            List<String> known = new java.util.ArrayList<>(LineKeys.CUSTOMER_REQUIRED);
            known.addAll(LineKeys.CUSTOMER_OPTIONAL);
            checkGroups("/lines", h.lines(), known, LineKeys.CUSTOMER_REQUIRED, "at least one line");
            if (h.questions() != null) {
                p.at("/questions", "'questions' is for interviews only: remove it or set 'mode: interview'");
            }
        }

        private void checkWants() {
            if (h.wants() == null) {
                p.missing("", "wants", "'text' (what would satisfy them) and 'acceptedIf' (words that meet it)");
                return;
            }
            if (FileProblems.blank(h.wants().text())) {
                p.missing("/wants", "wants.text", "what would satisfy the customer");
            }
            if (h.wants().acceptedIf() == null || h.wants().acceptedIf().isEmpty()) {
                p.missing("/wants", "wants.acceptedIf", "words that, in an offer, meet what they want");
            } else {
                checkTexts("/wants/acceptedIf", h.wants().acceptedIf());
            }
        }

        private void checkHiddenFacts() {
            if (h.hiddenFacts() == null) {
                return;
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < h.hiddenFacts().size(); i++) {
                Scenario.HiddenFact fact = h.hiddenFacts().get(i);
                String at = "/hiddenFacts/" + i;
                if (fact == null || FileProblems.blank(fact.id())) {
                    p.missing(at, "hiddenFacts[" + (i + 1) + "].id", "a short name such as 'deadline'");
                    continue;
                }
                if (!ScenarioReader.ID.matcher(fact.id()).matches()) {
                    p.at(at + "/id", "hidden fact id '" + fact.id() + "' may use only a-z, 0-9 and '-'");
                } else if (!ids.add(fact.id())) {
                    p.at(at + "/id", "hidden fact id '" + fact.id() + "' is used twice: give each its own id");
                }
                if (FileProblems.blank(fact.text())) {
                    p.missing(at, "hiddenFacts[" + (i + 1) + "].text", "what the customer says when it comes out");
                } else {
                    checkTexts(at + "/text", List.of(fact.text()));
                }
                if (fact.askedBy() == null || fact.askedBy().isEmpty()) {
                    p.missing(at, "hiddenFacts[" + (i + 1) + "].askedBy", "words in a question that uncover it");
                }
            }
        }
    }

    private final class InterviewChecks {
        void run() {
            checkGroups("/lines", h.lines(), LineKeys.INTERVIEW, List.of("opening"), "at least one greeting");
            if (h.style() != null && !LineKeys.STYLES.contains(h.style())) {
                p.at("/style", "style '" + h.style() + "' is not one of " + String.join(", ", LineKeys.STYLES));
            }
            ScenarioHeader.InterviewHeader q = h.questions();
            if (q == null) {
                p.missing("", "questions", "'main', 'followUps' and 'closing'");
                return;
            }
            if (FileProblems.blank(q.main())) {
                p.missing("/questions", "questions.main", "the opening question");
            }
            checkTexts("/questions/main", List.of(q.main() == null ? "" : q.main()));
            checkGroups("/questions/followUps", q.followUps(), followUpKeys(q), List.of(), "");
            checkGroups("/questions/closing", q.closing(), LineKeys.CLOSING, LineKeys.CLOSING, "a closing line");
            checkCounts(q);
        }

        private List<String> followUpKeys(ScenarioHeader.InterviewHeader q) {
            List<String> keys = new java.util.ArrayList<>(LineKeys.FOLLOW_UP_KINDS);
            if (rubric != null) {
                rubric.criteria().stream().map(Criterion::id).forEach(keys::add);
            }
            if (q.followUps() == null || q.followUps().isEmpty()) {
                p.missing("/questions", "questions.followUps", "follow-up questions by what an answer lacked");
            }
            return keys;
        }

        private void checkCounts(ScenarioHeader.InterviewHeader q) {
            int min = q.minQuestions() == null ? ScenarioMoods.DEFAULT_MIN_QUESTIONS : q.minQuestions();
            int max = q.maxQuestions() == null ? ScenarioMoods.DEFAULT_MAX_QUESTIONS : q.maxQuestions();
            if (min < 1 || max > 10 || min > max) {
                p.at(q.minQuestions() == null ? "/questions/maxQuestions" : "/questions/minQuestions",
                        "questions need 1 ≤ minQuestions ≤ maxQuestions ≤ 10 (now " + min + " and " + max + ")");
            }
            if (h.hiddenFacts() != null && !h.hiddenFacts().isEmpty()) {
                p.at("/hiddenFacts", "'hiddenFacts' is for customer scenarios only: remove it");
            }
        }
    }
}
