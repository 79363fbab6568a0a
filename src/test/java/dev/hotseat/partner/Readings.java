package dev.hotseat.partner;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;
import dev.hotseat.core.Reading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reply read by hand for partner tests: its clauses with the acts each performs and what they match in the
 * scenario, built directly as a {@link Reading}, so a test checks the director's logic whatever the trained reader
 * would make of the words.
 *
 * <pre>
 * Readings.reply().part("I'm so sorry.", "apology").part("I'll courier it tonight.", "solution").offer()
 * </pre>
 */
final class Readings {
    private static final Set<String> NEGATIVE = Set.of("deflect", "blame", "condescend", "rant", "passoff",
            "overpromise", "buzzwords", "parrot", "vague");
    private final String mode;
    private final List<Reading.Part> parts = new ArrayList<>();
    private final List<Reading.Match> matches = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean english = true;
    private String graderTalk = "";

    private Readings(String mode) {
        this.mode = mode;
    }

    /** A customer-mode reply. */
    static Readings reply() {
        return new Readings("customer");
    }

    /** An interview answer. */
    static Readings answer() {
        return new Readings("interview");
    }

    /** A clause showing these acts (confidence 0.9). */
    Readings part(String clause, String... acts) {
        return add(clause, false, acts);
    }

    /** A clause with these acts at these confidences (when a test needs two readings to compete). */
    Readings part(String clause, Map<String, Double> acts) {
        add(clause, false);
        Reading.Part last = parts.removeLast();
        parts.add(new Reading.Part(last.start(), last.end(), last.text(), false, acts));
        return this;
    }

    /** A clause that asks something, showing these acts. */
    Readings question(String clause, String... acts) {
        return add(clause, true, acts);
    }

    /** The last clause offers what the customer wants. */
    Readings offer() {
        return match("offer", "want", 0.9);
    }

    /** The last clause promises more than the policy allows. */
    Readings beyond() {
        return match("beyond", "policy", 0.9);
    }

    /** The last clause offers the n-th policy line. */
    Readings policy(int n) {
        return match("policy", Integer.toString(n), 0.9);
    }

    /** The last clause asks for this hidden fact, this closely. */
    Readings asks(String factId, double score) {
        return match("asks", factId, score);
    }

    Readings asks(String factId) {
        return asks(factId, 0.9);
    }

    /** The last clause touches the n-th listed anger. */
    Readings anger(int n) {
        return match("anger", Integer.toString(n), 0.9);
    }

    Readings match(String kind, String id, double score) {
        matches.add(new Reading.Match(kind, id, score, parts.size() - 1));
        return this;
    }

    /** The reply is not in English: read no further. */
    Readings foreign(String words) {
        text.append(words);
        english = false;
        return this;
    }

    /** Words aimed at the grader. */
    Readings grader(String words) {
        add(words, false);
        graderTalk = words;
        return this;
    }

    /**
     * The same reading with every word of the reply replaced by {@code words} (punctuation kept): the acts and
     * matches stay, so a partner that reads only the reading answers it the same way.
     */
    Readings withWords(java.util.function.UnaryOperator<String> words) {
        Readings copy = new Readings(mode);
        copy.english = english;
        for (Reading.Part p : parts) {
            copy.add(each(p.text(), words), p.question());
            Reading.Part last = copy.parts.removeLast();
            copy.parts.add(new Reading.Part(last.start(), last.end(), last.text(), p.question(), p.acts()));
        }
        copy.matches.addAll(matches);
        copy.graderTalk = graderTalk.isEmpty() ? "" : each(graderTalk, words);
        if (!english) {
            copy.text.append(each(text.toString(), words));
        }
        return copy;
    }

    private static String each(String text, java.util.function.UnaryOperator<String> words) {
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '\'') {
                word.append(c);
                continue;
            }
            if (!word.isEmpty()) {
                out.append(words.apply(word.toString()));
                word.setLength(0);
            }
            if (i < text.length()) {
                out.append(c);
            }
        }
        return out.toString();
    }

    String text() {
        return text.toString();
    }

    Reading reading() {
        return new Reading(mode, english ? parts : List.of(), english ? matches : List.of(), english, graderTalk,
                "test");
    }

    /** The offline findings carrying this reading, one criterion per act shown. */
    Grade grade() {
        Set<String> shown = new LinkedHashSet<>();
        parts.forEach(p -> p.acts().forEach((act, c) -> {
            if (c >= Reading.SHOWN) {
                shown.add(act);
            }
        }));
        List<CriterionResult> criteria = shown.stream().map(act -> CriterionResult.of(act,
                NEGATIVE.contains(act) ? Polarity.NEGATIVE : Polarity.POSITIVE, true, 0.9, "", "")).toList();
        int score = (int) shown.stream().filter(a -> !NEGATIVE.contains(a)).count() * 20;
        return new Grade(score, criteria, "", !graderTalk.isEmpty(), "", "offline", reading());
    }

    private Readings add(String clause, boolean question, String... acts) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        int start = text.length();
        text.append(clause);
        Map<String, Double> map = new LinkedHashMap<>();
        for (String act : acts) {
            map.put(act, 0.9);
        }
        parts.add(new Reading.Part(start, text.length(), clause, question, map));
        return this;
    }
}
