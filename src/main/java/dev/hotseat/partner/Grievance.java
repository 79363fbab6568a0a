package dev.hotseat.partner;

import dev.hotseat.persona.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The customer's story in content words, to tell a restatement that got it right from one that did not. */
final class Grievance {
    private static final Set<String> COMMON = Set.of("that", "this", "with", "have", "your", "you're", "what",
            "when", "they", "them", "there", "their", "been", "were", "will", "would", "could", "should", "about",
            "just", "from", "into", "than", "then", "it's", "i've", "i'm", "don't", "didn't", "want", "know",
            "understand", "sorry", "right", "sounds", "saying", "said", "correctly", "understood", "because",
            "still", "really", "make", "sure", "also", "some", "here", "very", "like", "that's");
    private final Set<String> words;

    private Grievance(Set<String> words) {
        this.words = words;
    }

    /** The grievance as known so far: the facts, the situation and every hidden fact already revealed. */
    static Grievance of(Scenario scenario, CustomerState state, List<String> openingLines) {
        Set<String> words = new HashSet<>();
        scenario.facts().values().forEach(v -> words.addAll(contentWords(v)));
        words.addAll(contentWords(scenario.situation()));
        scenario.hiddenFacts().stream().filter(f -> state.revealed().contains(f.id()))
                .forEach(f -> words.addAll(contentWords(f.text())));
        openingLines.forEach(l -> words.addAll(contentWords(l)));
        return new Grievance(words);
    }

    /**
     * True when the text shares at least two content words (or one number) with the grievance; one is enough for
     * a short summary ("So you need it for tomorrow": four content words, and "tomorrow" is the point).
     */
    boolean sharedBy(String text) {
        int shared = 0;
        Set<String> said = contentWords(text);
        int needed = said.size() <= 4 ? 1 : 2;
        for (String w : said) {
            if (words.contains(w)) {
                if (Character.isDigit(w.charAt(0))) {
                    return true;
                }
                shared++;
            }
        }
        return shared >= needed;
    }

    static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            String w = raw.replaceAll("^'+|'+$", "");
            if ((w.length() >= 4 && !COMMON.contains(w)) || (!w.isEmpty() && Character.isDigit(w.charAt(0)))) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** A rough stem so "delivered" meets "delivery" and "parcels" meets "parcel". */
    private static String stem(String w) {
        return w.length() > 5 ? w.substring(0, 5) : w;
    }
}
