package dev.hotseat.conversation;

import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.partner.PartnerEngine;
import java.util.Optional;

/**
 * The engines a turn runs.
 *
 * @param findings        the offline evaluator: fast, its findings move the persona's mood
 * @param judge           a language-model judge whose grade the learner sees instead, if configured
 * @param partner         who speaks the persona's lines
 * @param fallbackPartner who speaks when {@code partner} fails (the scripted partner)
 */
public record Engines(Evaluator findings, Optional<Evaluator> judge, PartnerEngine partner,
                      PartnerEngine fallbackPartner) {

    /** The same engines with another findings evaluator (the offline one under a budget, say). */
    public Engines withFindings(Evaluator other) {
        return new Engines(other, judge, partner, fallbackPartner);
    }

    /** The default: offline evaluator and scripted partner, nothing to fall back from. */
    public static Engines offline(Evaluator offline, PartnerEngine scripted) {
        return new Engines(offline, Optional.empty(), scripted, scripted);
    }
}
