package dev.hotseat.lint;

import dev.hotseat.persona.Scenario;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The scripted learners the lint drives each scenario with, built from the scenario's own phrasings and policy. */
final class RepScripts {

    private RepScripts() {
    }

    /** A rep who does everything the articles recommend, in order: hear, ask, check, fix, follow up, close. */
    static List<String> goodRep(Scenario s) {
        String offer = meetingOffer(s).orElse("I can sort this out for you today, and I'll make sure it happens.");
        return List.of(
                "I'm so sorry this happened. I completely understand how frustrating that is, I'd feel the same.",
                "Can I ask: " + question(s),
                "Oh no, that makes this so much worse, I'm really sorry. Just to make sure I've understood: "
                        + String.join(", ", s.facts().values()) + ". Is that right?",
                "Here's what I'll do for you personally: " + offer,
                "I'll call you tomorrow myself to make sure it all arrived and you're happy with it.",
                "Is there anything else I can do for you today?");
    }

    /** A rep who hides behind policy, argues and passes the customer off. */
    static List<String> badRep() {
        return List.of(
                "That's our policy, I'm afraid. You'll have to check the website.",
                "Calm down, there's no need to shout at me. It's not my fault.",
                "There's nothing I can do. You'll need to contact the courier yourself.",
                "Like I said, that's the policy. It's not my problem.");
    }

    /** A rep who only ever apologises: must never resolve the call. */
    static List<String> sorryRep() {
        return List.of("I'm so sorry.", "I'm really sorry about that.", "I do apologise.", "Sorry, again.",
                "I'm very sorry.");
    }

    /** A rep who fills the silence without doing anything: must never resolve, and must end. */
    static List<String> stallingRep() {
        return List.of("Let me have a look at that for you.", "I'm just checking the system now.",
                "Still looking, one moment please.", "Okay, let me see what I can find.", "Just a moment longer.");
    }

    /** A rep who answers in stock phrases only. */
    static List<String> stockRep() {
        return List.of("I understand your frustration and I apologise for any inconvenience.",
                "Thank you for your patience, we really value you as a customer.",
                "Rest assured we take this very seriously.", "I appreciate your patience, we're looking into it.");
    }

    /** The right fix, with no sign the person was heard: never resolves on the first reply. */
    static List<String> bareFixRep(Scenario s) {
        return List.of(meetingOffer(s).orElse("I can sort this out today."));
    }

    /** The right fix wrapped in blame: taken coldly, never resolved. */
    static List<String> blameFixRep(Scenario s) {
        String fix = bareFixRep(s).getFirst();
        return List.of("Calm down. If you'd checked properly this wouldn't have happened. " + fix,
                "Calm down, you should have read the terms first. Anyway, " + fix,
                "Honestly, people who leave it this late shouldn't be surprised. " + fix);
    }

    /** An option that doesn't meet the want, said again and again: repeating it never wins. */
    static List<String> repeatedOfferRep(Scenario s) {
        Set<String> want = new HashSet<>();
        if (s.wants() != null) {
            s.wants().acceptedIf().forEach(w -> want.addAll(words(w)));
        }
        return List.of(s.policy().stream()
                .filter(p -> !p.toLowerCase(Locale.ROOT).contains("only") && !p.toLowerCase(Locale.ROOT).contains("cannot"))
                .min(Comparator.comparingLong(p -> words(p).stream().filter(want::contains).count()))
                .map(p -> "What I can do is " + Character.toLowerCase(p.strip().charAt(0)) + p.strip().substring(1))
                .orElse("I can offer you a goodwill voucher."));
    }

    /** A candidate whose answers each leave something out, so the interviewer has to follow up. */
    static List<String> candidate() {
        return List.of(
                "I'd stay calm and let them explain what went wrong.",
                "Once in my last job a customer's order was lost. I listened and apologised to her.",
                "In the end she thanked me and stayed with us as a customer.",
                "I'd explain politely what I can and can't do, and offer the best option within the policy.",
                "I'd repeat their problem back so they know I heard them, and follow up afterwards.",
                "I'd only involve a supervisor after I'd tried everything I could myself.");
    }

    /** The scenario's own words for an offer that meets the want, if it has any. */
    static Optional<String> meetingOffer(Scenario s) {
        return s.wants() == null ? Optional.empty() : s.wants().acceptedIf().stream().findFirst();
    }

    private static String question(Scenario s) {
        return s.hiddenFacts().stream().findFirst().flatMap(f -> f.askedBy().stream().findFirst())
                .orElse("could you tell me a bit more about what happened?");
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")));
        out.removeIf(w -> w.length() < 4);
        return out;
    }
}
