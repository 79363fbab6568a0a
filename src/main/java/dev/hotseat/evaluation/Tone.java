package dev.hotseat.evaluation;

import java.util.regex.Pattern;

/**
 * What a sentence does besides its words: sarcasm and contempt ("Oh I'm SO sorry you can't read a receipt"),
 * a rhetorical or condescending question ("Did you even read the email?") and a generic reset trick ("Have you
 * tried turning it off and on again?"). Such a sentence earns no positive credit, whatever cue words it holds;
 * contempt also counts as the rubric's worst habit. Kept in code, like {@link OffTaskGuard}, so a rubric edit
 * cannot switch it off.
 */
final class Tone {

    // Sarcasm: intensified, mock-generous, or apologising for the customer's own ability.
    private static final Pattern SARCASM = Pattern.compile(String.join("|",
            "sorry (?:that )?you(?:'re| are)? (?:can't|cannot|couldn't|don't know how to|are unable to|weren't able to|"
                    + "didn't manage to|struggle to|find it (?:so )?hard to|failed to) (?:read|understand|follow|use|"
                    + "work out|figure|count|spell|listen|see|tell|do)",
            "\\bsorry (?:that )?(?:this|it|reading|basic \\w+)(?:'s| is| was) (?:so |too )(?:hard|difficult|confusing|complicated) for you",
            "\\bbecause you(?:'re| are) (?:clearly|obviously|so|the only|our only|such)\\b",
            "\\b(?:our|the) (?:only|favourite|favorite|most important) customer\\b",
            "\\b(?:happy|satisfied|pleased) now\\s*\\?",
            "\\b(?:you(?:'re| are)?|your) (?:clearly|obviously)\\b|\\b(?:clearly|obviously),? (?:you|your)\\b",
            "\\b(?:congratulations|well done|nice one|bravo)\\b.{0,40}\\byou\\b",
            "\\b(?:oh|wow|well),? (?:great|wonderful|brilliant|lovely|fantastic|perfect|super|marvellous)\\b",
            "\\b(?:people|customers|someone|those|anyone) who (?:can't|cannot|don't|won't) (?:read|count|follow|understand|listen)\\b",
            "\\bmust be nice\\b|\\bwhat a (?:surprise|shock)\\b|\\bheaven forbid\\b|\\bsorry for existing\\b",
            "\\bwhatever (?:makes you happy|you say)\\b|\\bif it makes you feel better\\b",
            "\\b(?:sure|yeah|oh yes|right),? (?:that's|it's|we're|I'm) (?:totally|completely|absolutely|entirely|all) "
                    + "(?:on us|our fault|my fault|to blame|sorry)\\b.{0,60}\\b(?:because|since|as if|clearly)\\b",
            "\\bsorry you(?:'re| are) (?:so )?(?:upset|angry|worked up|bothered) (?:about|over) (?:a|such a|one|this) "
                    + "(?:tiny|small|little|minor|silly|trivial)\\b",
            // Mock concern and mock generosity: the trouble is made out to be trivial, or the service a favour.
            "\\bhow (?:will|would|did|do|can) you (?:ever |possibly )?(?:survive|cope|go on|live with)\\b",
            "\\byou must (?:really |just )?(?:enjoy|love|like) (?:our|the|being|having|calling|complaining)\\b",
            "\\bwhat a (?:tragedy|catastrophe|disaster for you)\\b|\\b(?:alert|call|ring|tell) the (?:national )?(?:news|press|media|papers)\\b",
            "\\bI'm sure (?:the|they|it|we|he|she)\\b.{0,40}\\bjust for you\\b|\\b(?:a|your) (?:very |ever so |so |really )important "
                    + "(?:complaint|problem|issue|question|request)\\b",
            "\\bof course (?:it's|it is|it was) (?:all )?(?:our|my) fault\\b|\\beverything (?:always is|is always (?:my|our) fault)\\b"
                    + "|\\bit always is[.!]?$|\\bapparently\\b.{0,40}\\b(?:my|our) fault\\b|,\\s*apparently[.!]?$",
            "^\\W*(?:right|sure|oh|yeah|yes),? because\\b|\\b(?:oh|yeah),? sure\\b",
            "\\ba real (?:joy|treat|delight)\\b|\\bmy (?:favourite|favorite) (?:kind|type|sort)\\b",
            // Contempt for customers in a candidate's answer (the people, not one incident).
            "\\b(?:they|them|customers|people) (?:clearly|obviously) (?:aren't|are not|can't|don't|didn't|have no)\\b",
            "\\b(?:the ones|the type|the kind|the sort) who (?:can't|cannot|don't|won't|never)\\b",
            "\\b(?:people|customers) like (?:that|them) (?:always|never|just think|think|deserve|need putting)\\b|\\bsome (?:people|customers) (?:just )?(?:enjoy|love|like) "
                    + "(?:to |having |shouting|moaning|complaining)",
            "\\bif (?:they|he|she|you) (?:ever )?(?:stop|stopped|shut) (?:talking|up)\\b|\\bact(?:ing)? like (?:an adult|a child|children|grown-ups)\\b",
            "\\bhow to do my job\\b|\\bcount(?:ing)? the (?:seconds|minutes) (?:until|till)\\b",
            "\\b(?:what|which) part of\\b.{1,40}\\b(?:(?:don't|didn't) (?:you|they|he|she)|(?:you|they|he|she) (?:don't|didn't)) "
                    + "(?:get|understand)"),
            Pattern.CASE_INSENSITIVE);
    // An intensifier shouted in capitals ("I'm SO sorry") next to an apology or an admission.
    private static final Pattern SHOUTED = Pattern.compile("\\b(?:SO|SOOO+|REALLY|TOTALLY|DEEPLY|TRULY|VERY|ALL)\\b");
    // A feeling shouted on its own ("we just LOVE losing parcels") is mock enthusiasm.
    private static final Pattern SHOUTED_FEELING = Pattern.compile("\\b(?:LOVE|LOVED|ADORE|THRILLED|DELIGHTED|ENJOY)\\b");
    private static final Pattern SHOUTED_ABOUT = Pattern.compile(
            "(?i)\\b(?:sorry|apologi|on us|our fault|my fault|understand|patient|calm|happy|glad|thrilled|grateful|helpful|on it)");
    // Questions that scold rather than ask.
    private static final Pattern RHETORICAL = Pattern.compile(String.join("|",
            "\\bdid you (?:even|actually|really|not|bother to) (?:read|check|look|think|try|listen|bother|see)",
            "\\bhave you (?:even|actually|ever) (?:read|checked|tried|looked|thought)",
            "\\bhave you tried (?:reading|looking|checking|using your|listening|actually|paying attention|thinking)",
            "\\bdo you (?:even |actually )?(?:know|realise|realize|understand|have any idea) how (?:many|much|busy|hard|long|often)",
            "\\bwhat (?:do|did|would) you (?:expect|want) (?:me|us) to do\\b|\\bwhat am I (?:supposed|meant) to do\\b",
            "\\b(?:is|was) (?:that|it) (?:so|really (?:that|so)|too|that) (?:hard|difficult|complicated)\\b",
            "\\bhow (?:hard|difficult) (?:is|was|can) it\\b|\\bhow many times do I have to\\b",
            "\\bwho (?:in their right mind|on earth|honestly|actually|even|runs|leaves|orders) ",
            "\\bare you (?:serious|kidding|joking|for real|done)\\b|\\bwho (?:does|reads|orders) (?:that|like that)\\b",
            "\\bwhy (?:didn't|don't|wouldn't|couldn't|did't|did) you (?:just |not )?(?:read|check|look|call|ask|follow|listen|think|bother)",
            "\\b(?:can't|cannot|don't) you (?:read|see|understand|listen|follow|think)\\b",
            "\\bdo you (?:not|even) (?:understand|read|listen|know)\\b|\\bwhat part of\\b.{1,40}\\bdon't you (?:get|understand)",
            "\\bor not\\s*\\?$|\\b(?:happy|satisfied) now\\s*\\?|\\bwhat else do you want\\b|\\bwhat more do you want\\b"),
            Pattern.CASE_INSENSITIVE);
    // Generic reset tricks: not a fix for this customer's case.
    private static final Pattern RESET = Pattern.compile(String.join("|",
            "\\b(?:turn|turning|switch|switching|power|powering|unplug|unplugging)\\w* (?:it|them|the \\w+|your \\w+)? ?"
                    + "(?:off and (?:back )?on|on and off|off and on again|off then on)",
            "\\b(?:off and on again|on and off again)\\b",
            "\\b(?:try|trying|tried) (?:it )?again later\\b",
            "\\bclear(?:ing)? (?:your |the )?(?:cache|cookies|browser history)\\b",
            "\\b(?:restart|reboot|reinstall|re-install|update)(?:ing)? (?:your |the )?(?:phone|app|computer|browser|device|laptop|pc|tablet)\\b",
            "\\b(?:log|logging|sign|signing) out and (?:back )?in\\b"),
            Pattern.CASE_INSENSITIVE);

    private Tone() {
    }

    /** True when the sentence is sarcastic or contemptuous: it earns nothing and counts as the worst habit. */
    static boolean contempt(String sentence) {
        return SARCASM.matcher(sentence).find() || RHETORICAL.matcher(sentence).find()
                || (SHOUTED.matcher(sentence).find() && SHOUTED_ABOUT.matcher(sentence).find()
                        || SHOUTED_FEELING.matcher(sentence).find())
                && !sentence.equals(sentence.toUpperCase());
    }

    /** True when a rubric habit is itself contempt for customers (the interview's rant), not one careless line. */
    static boolean contemptHabit(String criterionId) {
        return "rant".equals(criterionId);
    }

    /** True when the sentence offers only a generic reset trick (no credit as a solution or a question). */
    static boolean resetTrick(String sentence) {
        return RESET.matcher(sentence).find();
    }
}
