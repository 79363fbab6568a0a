package dev.hotseat.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a reply has substance for this moment, beyond cue words: stock phrases strung together (nothing about
 * this customer's case), a bare list of skill names, STAR labels with nothing under them, or a repeat of an
 * earlier reply. The evaluator caps or withholds credit accordingly.
 */
final class Substance {

    /** The most a reply made only of stock phrases can score, however many cues it holds. */
    static final int STOCK_CAP = 20;

    private static final Pattern WORD = Pattern.compile("[a-z0-9£$€#]+(?:'[a-z]+)?");
    // Words of the stock service phrases: "I understand how you feel", "that's on us", "I'll make it right"...
    private static final Set<String> STOCK = Set.copyOf(java.util.List.of(
            "i", "i'm", "i'll", "i've", "i'd", "we", "we're", "we'll", "we've", "us", "our", "you", "your", "you're",
            "it", "it's", "this", "that", "that's", "the", "a", "an", "and", "so", "to", "of", "on", "for", "in",
            "with", "is", "are", "was", "be", "been", "am", "will", "would", "can", "could", "do", "how", "what",
            "let", "let's", "me", "my", "all", "really", "very", "so", "truly", "completely", "totally", "sincerely",
            "deeply", "terribly", "sorry", "apologise", "apologize", "apologies", "apology", "understand",
            "feel", "feeling", "feelings", "frustrat", "frustrating", "frustrated", "frustration", "upset",
            "inconvenience", "inconvenienced", "make", "right", "work", "together", "follow", "up", "followup",
            "follow-up", "take", "ownership", "responsibility", "responsible", "own", "fault", "mistake", "help",
            "here", "there", "sort", "sorted", "out", "fix", "fixed", "problem", "issue", "concern", "concerns",
            "matter", "matters", "look", "into", "get", "back", "touch", "touching", "base", "hear", "see", "why",
            "appreciate", "patience", "value", "valued", "customer", "business", "experience", "service", "happy",
            "assist", "resolve", "resolved", "resolution", "solution", "best", "possible", "asap", "soon", "promise",
            "absolutely", "definitely", "certainly", "course", "of", "course", "thank", "thanks", "again", "please",
            "must", "sounds", "sound", "hard", "difficult", "stressful", "annoying", "caused", "cause", "any",
            "way", "things", "thing", "everything", "anything", "going", "gonna", "want", "know", "just", "now",
            "not", "okay", "ok", "yes", "sure", "right", "away", "straight", "on", "it", "shouldn't", "should",
            "have", "happened", "happen", "team", "together", "partner", "journey", "priority", "top", "today",
            "need", "needs", "whatever", "takes", "whole", "way", "through", "see", "end", "keep", "loop", "posted",
            "updated", "update", "totally", "get", "why", "kind", "hope", "well", "good", "great", "full", "leave",
            "satisfaction", "satisfied", "complete", "personal", "personally", "promise", "touch", "contact", "back",
            "inconvenience", "patience", "understanding", "apologize", "genuinely", "happening", "again", "won't",
            "never", "ever", "note", "noted", "feedback", "escalate", "raised", "raise", "urgent", "urgently",
            "about", "that", "as", "soon", "possible", "am", "have", "not", "were", "had"));
    // Skill names and criterion ids a learner might list instead of showing them.
    private static final Set<String> SKILL_WORDS = Set.copyOf(java.util.List.of(
            "empathy", "empathise", "empathize", "empathetic", "apology", "apologising", "restate", "restating",
            "restatement", "clarify", "clarifying", "clarification", "question", "questions", "ownership",
            "solution", "solutions", "collaborate", "collaboration", "collaborating", "firm", "firmness", "followup",
            "follow-up", "following", "follow", "up", "deflect", "blame", "calm", "calmness", "listen", "listening",
            "active", "escalate", "escalation", "escalating", "star", "situation", "task", "action", "result",
            "communication", "teamwork", "problem-solving", "problem", "solving", "patience", "positivity",
            "professionalism", "skills", "skill", "staying", "taking", "holding", "limit", "limits", "sincere",
            "concrete", "working", "together", "being", "and", "the", "a", "my", "i", "use", "show", "showing",
            "customer", "service", "de-escalation", "rant", "honesty", "integrity", "resilience", "adaptability"));
    private static final Pattern STAR_LABEL = Pattern.compile(
            "(?i)\\b(situation|task|action|actions|result|results)\\b\\s*[:\\-\u2013\u2014=]");

    private Substance() {
    }

    /** True when every word of the reply belongs to stock service phrases: nothing about this case. */
    static boolean stockOnly(String reply) {
        List<String> words = words(reply);
        if (words.isEmpty()) {
            return false;
        }
        for (String w : words) {
            if (!STOCK.contains(w) && !STOCK.contains(w.replaceAll("(?:'s|s)$", ""))) {
                return false;
            }
        }
        return true;
    }

    /** True when the reply is mostly a list of skill names or criterion ids ("Empathy, ownership, follow-up."). */
    static boolean skillList(String reply) {
        List<String> words = words(reply);
        if (words.size() < 2) {
            return false;
        }
        int named = 0;
        for (String w : words) {
            if (SKILL_WORDS.contains(w)) {
                named++;
            }
        }
        // A real sentence carries a subject and an object; a list is (almost) all skill words.
        return named >= words.size() * 0.8
                && !reply.matches("(?is).*\\b(?:I'd|I would|I will|I'll|I was|I had|she|he|they|her|him|them)\\b.*");
    }

    /** How the reply uses STAR labels: none, labels with no real content under them, or labels with a story. */
    enum Star { NONE, EMPTY, FULL }

    static Star star(String reply) {
        Matcher m = STAR_LABEL.matcher(reply);
        List<int[]> labels = new ArrayList<>();
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end()});
        }
        if (labels.size() < 2) {
            return Star.NONE;
        }
        int thin = 0;
        for (int i = 0; i < labels.size(); i++) {
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : reply.length();
            String content = reply.substring(labels.get(i)[1], end);
            if (ReplyContext.contentWords(content).size() < 3) {
                thin++;
            }
        }
        return thin * 2 >= labels.size() ? Star.EMPTY : Star.FULL;
    }

    /** Where the content under the first STAR heading starts and ends (to its sentence end or the next heading). */
    static int[] firstSection(String reply) {
        Matcher m = STAR_LABEL.matcher(reply);
        if (!m.find()) {
            return new int[] {0, reply.length()};
        }
        int start = m.end();
        int end = m.find() ? m.start() : reply.length();
        Matcher stop = Pattern.compile("[.!?](?=\\s|$)").matcher(reply);
        if (stop.find(start) && stop.end() < end) {
            end = stop.end();
        }
        while (start < end && Character.isWhitespace(reply.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(reply.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    /** The earlier reply this one repeats (nearly word for word), or -1. */
    static int repeats(String reply, List<String> earlier) {
        Set<String> now = new HashSet<>(expanded(reply));
        if (now.size() < 2) {
            return -1;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Set<String> before = new HashSet<>(expanded(earlier.get(i)));
            Set<String> shared = new HashSet<>(now);
            shared.retainAll(before);
            Set<String> all = new HashSet<>(now);
            all.addAll(before);
            if (!all.isEmpty() && shared.size() >= 0.8 * all.size()) {
                return i;
            }
        }
        return -1;
    }

    /** True when the clause (three words or more) was already said, nearly word for word, in an earlier reply. */
    static boolean said(String clause, List<String> earlier) {
        List<String> words = expanded(clause);
        if (words.size() < 3) {
            return false;
        }
        for (String before : earlier) {
            Set<String> seen = new HashSet<>(expanded(before));
            long shared = words.stream().filter(seen::contains).count();
            if (shared >= 0.85 * words.size()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    // "I'd" and "I would" are the same words for spotting a repeat.
    private static List<String> expanded(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            Matcher c = CONTRACTION.matcher(w);
            if (c.matches()) {
                out.add(c.group(1).equals("won") ? "will" : c.group(1).equals("can") ? "can" : c.group(1));
                out.add(switch (c.group(2)) {
                    case "'d" -> "would";
                    case "'ll" -> "will";
                    case "'m" -> "am";
                    case "'re" -> "are";
                    case "'ve" -> "have";
                    case "'s" -> "is";
                    default -> "not";
                });
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static final Pattern CONTRACTION = Pattern.compile("([a-z]+?)(n't|'d|'ll|'m|'re|'ve|'s)");
}
