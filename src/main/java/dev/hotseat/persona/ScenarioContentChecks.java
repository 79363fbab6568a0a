package dev.hotseat.persona;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The checks on a scenario's content once its header has mapped: lines, facts, placeholders, questions. */
final class ScenarioContentChecks {
    final ScenarioHeader h;
    final Rubric rubric;
    final FileProblems p;
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
            new CustomerChecks(this).run();
        } else {
            new InterviewChecks(this).run();
        }
    }

    private void checkFacts() {
        if (h.facts() == null) {
            return;
        }
        h.facts().forEach((key, value) -> {
            if (!ScenarioReader.validFactKey(key)) {
                p.at("/facts/" + key, "fact name '" + key + "' must be lower-case letters, digits, '_' or '-'"
                        + " (and not " + String.join(", ", new TreeSet<>(LineKeys.RESERVED_PLACEHOLDERS))
                        + ", which the partner fills itself)");
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

    void checkGroups(String pointer, Map<String, List<String>> groups, List<String> known,
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
}
