package dev.hotseat.evaluation;

import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.Mode;
import java.util.Set;

/**
 * What this moment of the conversation needs, from the move the partner's last line made (the director decided
 * it, so nobody has to guess it from the words): while the problem is open ({@code COMPLAINT}) the customer needs
 * to be heard and a way forward; once the customer has turned an offer down or asked for more ({@code PUSHBACK}),
 * also a limit held politely and a say in the fix; once a fix is agreed ({@code CLOSING}) a good close and the
 * follow-up; an interview question ({@code QUESTION}) needs a concrete answer.
 */
enum Moment {
    COMPLAINT("complaint"), PUSHBACK("pushback"), CLOSING("closing"), QUESTION("question");

    /** Partner moves after which the fix is agreed and the call is closing. */
    private static final Set<String> AGREED = Set.of("accept", "resolved", "accept+unresolved");
    /** Partner moves that turn an offer down or ask for more than was offered. */
    private static final Set<String> PUSHED = Set.of("pushback", "reject", "reject-again");

    private final String wire;

    Moment(String wire) {
        this.wire = wire;
    }

    static Moment of(Exchange exchange) {
        if (exchange.mode() == Mode.INTERVIEW) {
            return QUESTION;
        }
        String move = exchange.partnerMove() == null ? "" : exchange.partnerMove();
        String plain = move.split("\\+warn")[0];
        return AGREED.contains(plain) ? CLOSING : PUSHED.contains(plain) ? PUSHBACK : COMPLAINT;
    }

    /** True when the moment needs the problem moved on: warm words alone do not do. */
    boolean needsAction() {
        return this != CLOSING;
    }

    /** True when the criterion says it matters most now (or says nothing about moments); a pushback is still a complaint. */
    boolean fits(Criterion c) {
        return c.moments().isEmpty() || c.moments().contains(wire) || this == QUESTION
                || this == PUSHBACK && c.moments().contains(COMPLAINT.wire);
    }
}
