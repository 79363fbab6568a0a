package dev.hotseat.persona;

import java.util.List;
import java.util.Set;

/** The names coaches may use for groups of lines in a scenario file, and which of them are required. */
public final class LineKeys {
    /** Customer moves a scenario must give lines for. */
    public static final List<String> CUSTOMER_REQUIRED = List.of("opening", "press", "calmer", "confirm",
            "correct", "suggest", "reject", "pushback", "accept", "resolved", "walk-out");
    /** Customer moves with built-in fallback lines when a scenario gives none. */
    public static final List<String> CUSTOMER_OPTIONAL = List.of("reveal", "already-told", "nothing-more",
            "sorry", "sorry-fatigue", "deflect", "blame", "offtask", "ignored", "heard", "minimal", "personal", "unknown", "checked", "hold",
            "vague", "repeat-offer", "promise", "retract", "still-on", "details", "warn:leave", "warn:manager",
            "manager", "stock", "unheard", "unheard-again", "grudging", "unresolved", "english", "deflect:policy",
            "deflect:website", "deflect:department", "blame:calm", "agreed-already", "hold-again", "complaint",
            "followup", "parrot", "repeat", "promise-again", "anger");
    /** How many openings (and, for customers, details) a scenario needs so that two sessions differ. */
    public static final int MIN_VARIANTS = 3;
    /** Interview line groups: opening is required, the others have built-in fallbacks by style. */
    public static final List<String> INTERVIEW = List.of("opening", "ack", "offtask", "nudge", "aside",
            "rant-again", "ack-neutral", "probe", "english", "repeat", "english-again", "assumption", "end-early",
            "challenge:overpromise", "challenge:passoff", "challenge:buzzwords");
    /** What an interview follow-up can be keyed by, besides a criterion id of the scenario's rubric. */
    public static final List<String> FOLLOW_UP_KINDS = List.of("example", "outcome", "limit", "listening",
            "attitude", "general", "reaction", "differently");
    /** Verdicts an interview closes with. */
    public static final List<String> CLOSING = List.of("strong", "mixed", "weak");
    /** Interviewer styles. */
    public static final List<String> STYLES = List.of("warm", "friendly", "strict", "rapid-fire", "hostile");
    /**
     * Placeholders lines may use besides the scenario's facts; told, said, ref and promised are filled only in the
     * groups that explain them (already-told; minimal; personal and unknown; promise, retract and still-on).
     */
    public static final Set<String> RESERVED_PLACEHOLDERS = Set.of("name", "told", "said", "ref", "promised");

    private LineKeys() {
    }

    /**
     * "reject:voucher": how the customer turns down an offer of a voucher; "deflect:manufacturer" and
     * "blame:courier" likewise aim a reaction at what the rep said; "anger:2" is the reaction to the second of the
     * scenario's listed angers.
     */
    public static boolean keyedRejection(String key) {
        return key.matches("(reject|deflect|blame):[a-z0-9][a-z0-9 '-]*") || key.matches("anger:[1-9][0-9]?");
    }
}
