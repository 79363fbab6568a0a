package dev.hotseat.partner;

import dev.hotseat.persona.Scenario;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading and quoting the words of offers: hold requests, the agreed offer's words, the rep's words turned round. */
final class OfferWords {
    private static final Pattern HOLD = Pattern.compile("\\b(on hold|hold on|hold for|bear with me|one moment"
            + "|a moment(?! ago)|just a sec|one sec|a couple of minutes|a few minutes)\\b");

    private OfferWords() {
    }

    static boolean holdRequest(String text) {
        return HOLD.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** The rep's words in the customer's mouth: "raise your limit" is quoted back as "raise my limit". */
    static String spoken(String phrase) {
        return phrase.replaceAll("\\byours\\b", "mine").replaceAll("\\byour\\b", "my")
                .replaceAll("\\bYour\\b", "My").replaceAll("\\byou\\b", "me");
    }

    /**
     * The words of the want an accepted offer used, as the rep said them: the longest matching phrase
     * ("hotspot" rather than "4g"), in the rep's own spelling, so the customer can quote it back.
     */
    static Optional<String> agreed(Scenario s, String offer) {
        String lower = offer.toLowerCase(Locale.ROOT);
        return s.wants().acceptedIf().stream().filter(w -> Reply.mentions(offer, List.of(w)))
                .max(Comparator.comparingInt(String::length))
                .map(w -> {
                    int at = lower.indexOf(w.toLowerCase(Locale.ROOT));
                    return at < 0 ? w : offer.substring(at, at + w.length());
                });
    }
}
