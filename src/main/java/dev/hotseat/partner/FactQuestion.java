package dev.hotseat.partner;

import dev.hotseat.persona.Scenario;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a rep's question asks the customer for, read from its words: a hidden fact, a fact they know, a detail
 * they don't have to hand (a tracking number), whether they tried something themselves, a hold request, or
 * an open question. A person answers the question asked, so the customer's reply depends on this.
 *
 * @param kind   what the question targets
 * @param hidden the hidden fact asked for (kind HIDDEN)
 * @param fact   the stated fact asked for (kind STATED): key and value
 */
record FactQuestion(Kind kind, Scenario.HiddenFact hidden, Map.Entry<String, String> fact) {

    /** What a question targets. */
    enum Kind { NAME, HIDDEN, STATED, PERSONAL, UNKNOWN, CHECKED, OPEN, SMALL_TALK }

    /** "Can I take your name?": the one personal detail every persona has. */
    private static final Pattern NAME = Pattern.compile("\\b(your name|who am i (speaking|talking) to|who i'm"
            + " (speaking|talking) to|who's calling)\\b");
    /** Words that make an open question about the call, whatever it names ("could you explain what happened?"). */
    private static final Pattern ABOUT_IT = Pattern.compile("\\b(detail|tell me|explain|understand|happen|matter"
            + "|important|why|what do you (need|mean|want)|how (did|does|has|is|can|could|would)|help|walk me through"
            + "|talk me through|go on|anything|situation|problem|issue|worr)");
    /** Open prompts that invite the customer to say more, whether or not the evaluator saw a question. */
    static final Pattern OPEN_PROMPT = Pattern.compile("\\b(anything else|what else|tell me more|more about"
            + "|what happened|what's (going on|the problem|happened)|what seems to be|how can i help)\\b");

    private static final Pattern WHEN = Pattern.compile("\\b(when|what (day|date|time)|which day|how long)\\b");
    private static final Pattern COUNT = Pattern.compile("\\bhow (many|long)\\b");
    private static final Pattern NUMBER_VALUE = Pattern.compile("(?i)^\\s*(\\d+|one|two|three|four|five|six|seven"
            + "|eight|nine|ten|a few|several)\\b");
    private static final Pattern WHERE = Pattern.compile("\\bwhere\\b");
    private static final Set<String> PLACE_KEYS = Set.of("city", "country", "location", "place", "where", "store",
            "branch", "hotel", "airport", "address", "town");
    private static final Pattern MONEY = Pattern.compile("\\b(how much|pay|paid|cost|price|charged?|amount|spen[dt])\\b");
    private static final Pattern DATE_VALUE = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday"
            + "|saturday|sunday|yesterday|today|tonight|tomorrow|morning|evening|night|ago|days|weeks|months"
            + "|january|february|march|april|may|june|july|august|september|october|november|december"
            + "|\\d{1,2}:\\d{2}|the \\d{1,2}(st|nd|rd|th))\\b");
    private static final Set<String> DATE_KEYS = Set.of("on", "since", "for", "date", "day", "days", "time",
            "when", "due", "arrived", "declined", "rebooked", "weeks", "delay");
    /** Details about themselves a caller knows but the scenario never wrote down (their postcode). */
    private static final Pattern PERSONAL = Pattern.compile("\\b(post ?code|zip|e-?mail|address|phone number"
            + "|mobile number|date of birth|full name|surname|name|security|password|pin|memorable)\\b");
    /** Details a caller rarely has to hand (a tracking number); asking for one must not unlock what they kept back. */
    private static final Pattern DETAIL = Pattern.compile("\\b(tracking|reference|customer number|membership"
            + "|invoice|receipt|serial|confirmation)\\b");
    /** "Did you check with your neighbour?": a question about what they did themselves. */
    private static final Pattern CHECKED = Pattern.compile("\\b(did|have|has) you (already |even |actually |tried to )?"
            + "(check|tried|try|look|ask|restart|reset|turn|switch|contact|call|ring|rang|spoke|speak|email|read"
            + "|see|seen|went|go)");
    /** Everyday words for what a fact's key names: "due" asks for {@code promised_for}. */
    private static final Map<String, List<String>> SYNONYMS = Map.of(
            "promised", List.of("due", "expect", "suppos", "arriv", "deliver"),
            "ordered", List.of("bought", "purchas"),
            "paid", List.of("pay", "paid", "cost", "price", "charg"),
            "charged", List.of("charg", "taken", "debit", "took"),
            "down", List.of("down", "outage", "offline", "stopp", "working"),
            "monthly", List.of("month", "bill", "pay"),
            "usual", List.of("usual", "normal", "typical", "regular", "average"),
            "weeks", List.of("wait"));

    /**
     * What the question in this text asks for. Only the sentences that ask are read, so "So you've got exams
     * coming up. Has it had problems before?" asks about problems before, not about the exams.
     */
    static FactQuestion of(Scenario s, String reply) {
        return of(s, reply, value -> false);
    }

    /** @param said whether the customer already said a fact's value: on a tie, the question wants the new one */
    static FactQuestion of(Scenario s, String reply, Predicate<String> said) {
        String text = questions(reply);
        String lower = text.toLowerCase(Locale.ROOT);
        if (NAME.matcher(lower).find()) {
            return new FactQuestion(Kind.NAME, null, null);
        }
        Optional<Scenario.HiddenFact> hidden = s.hiddenFacts().stream()
                .filter(f -> Reply.mentions(text, f.askedBy())).findFirst();
        if (hidden.isPresent()) {
            return new FactQuestion(Kind.HIDDEN, hidden.get(), null);
        }
        Optional<Map.Entry<String, String>> stated = stated(s, lower, said);
        if (stated.isPresent()) {
            return new FactQuestion(Kind.STATED, null, stated.get());
        }
        if (PERSONAL.matcher(lower).find()) {
            return new FactQuestion(Kind.PERSONAL, null, null);
        }
        if (DETAIL.matcher(lower).find()) {
            return new FactQuestion(Kind.UNKNOWN, null, null);
        }
        if (CHECKED.matcher(lower).find()) {
            return new FactQuestion(Kind.CHECKED, null, null);
        }
        // "How's the weather?" is no invitation to open up, whatever the evaluator called it
        return new FactQuestion(aboutTheCall(s, lower) ? Kind.OPEN : Kind.SMALL_TALK, null, null);
    }

    /** The sentences of a reply that ask something, or the whole reply when none ends with "?". */
    static String questions(String reply) {
        List<String> asking = Arrays.stream(reply.split("(?<=[.!?])\\s+")).filter(x -> x.contains("?")).toList();
        return asking.isEmpty() ? reply : String.join(" ", asking);
    }

    /** True when the question asks for something specific rather than inviting them to say more. */
    boolean targeted() {
        return kind != Kind.OPEN && kind != Kind.SMALL_TALK;
    }

    /** An open question is about the call when it invites them to explain, or shares a word with their story. */
    private static boolean aboutTheCall(Scenario s, String lower) {
        if (ABOUT_IT.matcher(lower).find() || OPEN_PROMPT.matcher(lower).find()) {
            return true;
        }
        Set<String> story = new java.util.HashSet<>();
        s.facts().values().forEach(v -> story.addAll(Grievance.contentWords(v)));
        story.addAll(Grievance.contentWords(s.situation()));
        s.hiddenFacts().forEach(f -> story.addAll(Grievance.contentWords(f.text())));
        story.addAll(Grievance.contentWords(s.wants().text()));
        return Grievance.contentWords(lower).stream().anyMatch(story::contains);
    }

    /**
     * The stated fact the question names best: by its name (see {@link #keyMatch}), plus 2 for a
     * "when" question about a date-like fact, a "how much" question about a sum, a "how many" question about a
     * number ("two nights") or a "where" question about a place; the highest wins, and on a tie the fact not
     * yet said (a question wants something new).
     */
    static Optional<Map.Entry<String, String>> stated(Scenario s, String lower, Predicate<String> said) {
        Set<String> exact = Arrays.stream(lower.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 3)
                .collect(Collectors.toSet());
        Set<String> words = exact.stream().map(FactQuestion::stem).collect(Collectors.toSet());
        boolean when = WHEN.matcher(lower).find();
        boolean money = MONEY.matcher(lower).find();
        boolean where = WHERE.matcher(lower).find();
        boolean count = COUNT.matcher(lower).find();
        Map.Entry<String, String> best = null;
        int bestScore = 2;
        for (Map.Entry<String, String> fact : s.facts().entrySet()) {
            int score = keyMatch(fact.getKey(), words, exact);
            score += when && dateLike(fact) ? 2 : 0;
            score += money && fact.getValue().matches(".*[£$€].*") ? 2 : 0;
            score += count && NUMBER_VALUE.matcher(fact.getValue()).find() ? 2 : 0;
            score += where && Arrays.stream(fact.getKey().split("[_-]")).anyMatch(PLACE_KEYS::contains) ? 2 : 0;
            score = score * 2 + (score > 0 && !said.test(fact.getValue()) ? 1 : 0); // ties go to what is new
            if (score > bestScore) {
                best = fact;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * 4 when the question uses an everyday word for the key ("normally" for {@code usual}: it is what tells that
     * fact from "bill"), 3 for a word of the key ("order" for {@code order}), 2 when it only shares a stem
     * ("order" for {@code ordered_on}); else 0.
     */
    private static int keyMatch(String key, Set<String> words, Set<String> exact) {
        int best = 0;
        for (String part : key.split("[_-]")) {
            if (part.length() >= 4 && !List.of("since", "with", "from", "date", "time").contains(part)
                    && words.contains(stem(part))) {
                best = Math.max(best, exact.contains(part) ? 3 : 2);
            }
            for (String synonym : SYNONYMS.getOrDefault(part, List.of())) {
                if (words.stream().anyMatch(w -> w.startsWith(stem(synonym)))) {
                    best = 4; // "normally", "due": the word that tells this fact from its neighbours
                }
            }
        }
        return best;
    }

    private static boolean dateLike(Map.Entry<String, String> fact) {
        return Arrays.stream(fact.getKey().split("[_-]")).anyMatch(DATE_KEYS::contains)
                || DATE_VALUE.matcher(fact.getValue()).find();
    }

    /** A rough stem so "ordered" meets "order" and "charged" meets "charge". */
    private static String stem(String w) {
        return w.length() > 5 ? w.substring(0, 5) : w;
    }
}
