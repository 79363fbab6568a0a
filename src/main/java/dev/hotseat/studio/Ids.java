package dev.hotseat.studio;

import dev.hotseat.persona.PromptDrafts;
import java.text.Normalizer;
import java.util.Locale;

/** Prompt ids as the studio takes them in: checked by the loader's rule, or made from a name. */
final class Ids {
    private Ids() {
    }

    /** The id, if it follows the rule; otherwise a 400 that quotes it. */
    static String check(String id) {
        if (!PromptDrafts.validId(id)) {
            throw StudioException.bad("bad-id", "id '" + quote(id) + "' may use only a-z, 0-9 and '-', starting"
                    + " with a letter or digit, at most 64 characters (e.g. late-parcel)");
        }
        return id;
    }

    /**
     * The id of a new scenario: checked, and not starting with "draft-", the prefix of the drafts coaches try out
     * (DraftScenarios), whose sessions the team's figures leave out.
     */
    static String newScenario(String id) {
        if (check(id).startsWith("draft-")) {
            throw StudioException.bad("bad-id", "id '" + quote(id) + "' starts with 'draft-', which is kept for the"
                    + " drafts coaches try out: choose another (e.g. " + id.substring("draft-".length()) + ")");
        }
        return id;
    }

    /** A name made into an id: "Dana O'Neill!" becomes "dana-o-neill". */
    static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > 48) {
            plain = plain.substring(0, 48).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "imported" : plain;
    }

    /** Input quoted in a message: at most 80 characters, control characters shown as '?'. */
    static String quote(String s) {
        String text = String.valueOf(s).replaceAll("\\p{Cntrl}", "?");
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
