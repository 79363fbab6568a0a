package dev.hotseat.persona;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks only customer scenarios need: situation, wants, policy, hidden facts, the customer line groups. */
final class CustomerChecks {
    private final ScenarioContentChecks c;
    private final ScenarioHeader h;
    private final FileProblems p;

    CustomerChecks(ScenarioContentChecks checks) {
        this.c = checks;
        this.h = checks.h;
        this.p = checks.p;
    }

    void run() {
        if (FileProblems.blank(h.situation())) {
            p.missing("", "situation", "what happened, in a few sentences");
        }
        if (h.policy() == null || h.policy().isEmpty()) {
            p.missing("", "policy", "a list of what the rep may offer");
        }
        checkWants();
        c.checkTexts("/beyondPolicy", h.beyondPolicy());
        checkHiddenFacts();
        List<String> known = new ArrayList<>(LineKeys.CUSTOMER_REQUIRED);
        known.addAll(LineKeys.CUSTOMER_OPTIONAL);
        if (h.lines() != null) { // "reject:voucher" and the like: keyed by a word of the offer
            h.lines().keySet().stream().filter(LineKeys::keyedRejection).forEach(known::add);
        }
        c.checkGroups("/lines", h.lines(), known, LineKeys.CUSTOMER_REQUIRED, "at least one line");
        if (h.questions() != null) {
            p.at("/questions", "'questions' is for interviews only: remove it or set 'mode: interview'");
        }
    }

    private void checkWants() {
        if (h.wants() == null) {
            p.missing("", "wants", "'text' (what would satisfy them) and 'acceptedIf' (words that meet it)");
            return;
        }
        if (FileProblems.blank(h.wants().text())) {
            p.missing("/wants", "wants.text", "what would satisfy the customer");
        }
        if (h.wants().acceptedIf() == null || h.wants().acceptedIf().isEmpty()) {
            p.missing("/wants", "wants.acceptedIf", "words that, in an offer, meet what they want");
        } else {
            c.checkTexts("/wants/acceptedIf", h.wants().acceptedIf());
        }
    }

    private void checkHiddenFacts() {
        if (h.hiddenFacts() == null) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < h.hiddenFacts().size(); i++) {
            Scenario.HiddenFact fact = h.hiddenFacts().get(i);
            String at = "/hiddenFacts/" + i;
            if (fact == null || FileProblems.blank(fact.id())) {
                p.missing(at, "hiddenFacts[" + (i + 1) + "].id", "a short name such as 'deadline'");
                continue;
            }
            if (!ScenarioReader.ID.matcher(fact.id()).matches()) {
                p.at(at + "/id", "hidden fact id '" + fact.id() + "' may use only a-z, 0-9 and '-'");
            } else if (!ids.add(fact.id())) {
                p.at(at + "/id", "hidden fact id '" + fact.id() + "' is used twice: give each its own id");
            }
            if (FileProblems.blank(fact.text())) {
                p.missing(at, "hiddenFacts[" + (i + 1) + "].text", "what the customer says when it comes out");
            } else {
                c.checkTexts(at + "/text", List.of(fact.text()));
            }
            if (fact.askedBy() == null || fact.askedBy().isEmpty()) {
                p.missing(at, "hiddenFacts[" + (i + 1) + "].askedBy", "words in a question that uncover it");
            }
        }
    }
}
