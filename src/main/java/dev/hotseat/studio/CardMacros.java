package dev.hotseat.studio;

import dev.hotseat.persona.Mode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A card's {@code {{char}}} and {@code {{user}}} (and the older {@code <BOT>} and {@code <USER>}), and what they
 * are inside Hotseat: in the partner's lines {@code {{char}}} is the placeholder {@code {name}} and {@code {{user}}}
 * is "you", the one the partner speaks to; in prose (the instructions, situation, voice, hidden facts) they are the
 * persona's name and the learner's part in the mode ("the service rep", "the candidate"). On the way back out each
 * becomes the macro again.
 */
record CardMacros(String name, Mode mode) {
    private static final Pattern CHAR = Pattern.compile("(?i)\\{\\{char}}|<BOT>");
    private static final Pattern USER = Pattern.compile("(?i)\\{\\{user}}|<USER>");
    private static final Pattern NAME_PLACEHOLDER = Pattern.compile("\\{\\s*name\\s*}");

    /** The learner's part, as prose names it. */
    String learner() {
        return mode == Mode.INTERVIEW ? "the candidate" : "the service rep";
    }

    /** A line the partner says, made ready for Hotseat. */
    String intoLine(String text) {
        return USER.matcher(CHAR.matcher(text).replaceAll("{name}")).replaceAll("you");
    }

    /** A partner's line on its way into a card. */
    String outOfLine(String text) {
        return NAME_PLACEHOLDER.matcher(text).replaceAll(Matcher.quoteReplacement("{{char}}"));
    }

    /** Prose about the persona, made ready for Hotseat. */
    String intoProse(String text) {
        return USER.matcher(CHAR.matcher(text).replaceAll(Matcher.quoteReplacement(name)))
                .replaceAll(Matcher.quoteReplacement(learner()));
    }

    /** Prose on its way into a card: the persona's name and the learner's part become the macros again. */
    String outOfProse(String text) {
        String out = word(learner()).matcher(text).replaceAll(Matcher.quoteReplacement("{{user}}"));
        return name.isBlank() ? out : word(name).matcher(out).replaceAll(Matcher.quoteReplacement("{{char}}"));
    }

    private static Pattern word(String words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])");
    }
}
