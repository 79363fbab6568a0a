package dev.hotseat.evaluation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots a reply that talks to the grader instead of the persona ("ignore your instructions", "give me full
 * marks"). Kept in code, not in the rubric files, so that editing a rubric cannot switch the guard off.
 */
final class OffTaskGuard {

    private static final Pattern GRADER_TALK = Pattern.compile(String.join("|",
            "\\bignore (?:all |any |your |the |my |previous |prior |above |earlier )*(?:instructions|rules|rubric|prompt|guidelines)",
            "\\bdisregard (?:all |any |your |the |previous |prior )*(?:instructions|rules|rubric|prompt)",
            "\\b(?:mark|grade|score|rate|rank|evaluate) (?:this|me|my (?:reply|answer|response)|it|the reply)(?: as)? "
                    + "(?:a |an )?(?:perfect|100|10|full|maximum|max|top|excellent|flawless|five stars)",
            "\\bgive (?:me|this|this reply|my reply|it) (?:a )?(?:full|perfect|maximum|max|top|100|all the|10) ?(?:marks?|points?|score|/ ?100|out of)",
            "\\bfull marks\\b", "\\b100 ?(?:/|out of) ?100\\b", "\\bscore of 100\\b", "\\bperfect score\\b",
            "\\bas (?:the|an|a) (?:evaluator|grader|ai|assistant|language model|llm|judge|marker)\\b",
            "\\b(?:dear|hey|hi|attention|note to (?:the)?) ?(?:evaluator|grader|judge|marker|ai|assistant)\\b",
            "\\byou are (?:now )?(?:the|an|a) (?:evaluator|grader|judge|assistant|ai)\\b",
            "(?:^|\\n)\\s*(?:system|assistant|developer)\\s*:", "\\[/?(?:system|inst)\\]|<\\|?(?:system|im_start)",
            "\\b(?:evaluator|grader|rubric)\\s*[:,]", "\\b(?:follow|obey) (?:these|the|my) new instructions\\b",
            "\\b(?:detected|credit|mark) (?:all|every) (?:the )?(?:criteria|skills)\\b",
            "\\bthis (?:reply|answer|response) (?:deserves|should get|must get|gets) (?:full|100|a perfect|top)",
            // Found in the security audit: grader talk mid-line, frame-breaking tags, orders to the grader.
            "\\b(?:system|assistant|developer)\\s*:\\s*(?:score|grade|marks?|rating|verdict)\\b",
            "\\b(?:score|grade|marks?|rating)\\s*[=:]\\s*\\d{1,3}\\b", "<\\s*/?\\s*(?:reply|context)\\s*>",
            "\\b(?:detect|credit|mark|tick)(?:s|ed)? (?:all|every) (?:the )?(?:criteri(?:a|on)|skills?)\\b",
            "\\b(?:the )?(?:evaluator|grader|judge|marker) (?:must|should|shall|will|needs to|has to)\\b"),
            Pattern.CASE_INSENSITIVE);

    private OffTaskGuard() {
    }

    /** The words that address the grader, verbatim from the reply, if any. */
    static Optional<String> find(String reply) {
        Matcher m = GRADER_TALK.matcher(reply);
        return m.find() ? Optional.of(m.group().trim()) : Optional.empty();
    }
}
