package dev.hotseat.partner;

import dev.hotseat.persona.Scenario;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a hidden fact gives away: its words that the customer says nowhere in the open (not in the facts, the
 * openings, the briefing or the policy). A line holding one of them tells the fact before anyone asked, so the
 * partner never says such a line before the fact is revealed, and {@code lint} flags it in the scenario file.
 */
public final class HiddenContent {
    /** Everyday words of any call: sharing one of them tells nothing (stems, as {@link Words#content} makes them). */
    private static final Set<String> EVERYDAY = Words.content("back call calls called calling time times today need"
            + " needs good right thing things going come give take tell told said says look help please thank thanks"
            + " sorry money again other people someone anyone something anything everything nothing before after"
            + " never always every first last next week weeks days hours minutes phone email number people wait"
            + " waiting still already actually happen happened happens answer answers problem issue sort sorted fine"
            + " okay yeah yes mean means can't won't isn't doesn't wasn't aren't haven't hasn't couldn't wouldn't"
            + " shouldn't i'll you'll we'll they'll i'd you'd nobody somebody anybody everyone everybody");

    private HiddenContent() {
    }

    /** The words of the fact that nothing said openly contains (roughly stemmed, as {@link Words#content}). */
    public static Set<String> telling(Scenario s, Scenario.HiddenFact fact) {
        Set<String> words = Words.content(fact.text());
        words.removeAll(open(s));
        words.removeAll(EVERYDAY);
        return words;
    }

    /** The first hidden fact not in {@code revealed} whose telling words the line contains. */
    public static Optional<Scenario.HiddenFact> leakedBy(Scenario s, String line, Collection<String> revealed) {
        Set<String> said = Words.content(line);
        return s.hiddenFacts().stream().filter(f -> !revealed.contains(f.id()))
                .filter(f -> telling(s, f).stream().anyMatch(said::contains)).findFirst();
    }

    private static Set<String> open(Scenario s) {
        Set<String> open = new HashSet<>();
        s.facts().values().forEach(v -> open.addAll(Words.content(v)));
        s.lines().getOrDefault("opening", List.of()).forEach(l -> open.addAll(Words.content(l)));
        s.policy().forEach(p -> open.addAll(Words.content(p)));
        open.addAll(Words.content(s.briefing()));
        open.addAll(Words.content(s.title()));
        open.addAll(Words.content(s.summary()));
        if (s.persona() != null) {
            open.addAll(Words.content(s.persona().name()));
        }
        return open;
    }
}
