package dev.hotseat.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.core.Outcome;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.persona.Scenario;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 19, items 2–4: being heard, closing on an agreed fix, rudeness, parroting, hidden facts. */
class CustomerHearingTest {
    private final Scenario parcel = SharedEvaluator.library().scenario("late-parcel");

    private static Readings fix() {
        return Readings.reply().part("I'll courier a new one tonight, free.", "solution").offer();
    }

    @Test
    void plainOwnership_countsAsBeingHeard_neverAsBlame() {
        PartnerLine line = new Chat(parcel).say(Readings.reply().part("That's our fault.", "ownership")
                .part("I'll courier a new one tonight, free.", "solution").offer());

        assertEquals("accept", line.move());
    }

    @Test
    void plainSympathy_countsAsBeingHeard() {
        Chat chat = new Chat(parcel);
        chat.say(Readings.reply().part("That's really not good enough, and I'd be fuming too.", "empathy"));

        assertEquals("accept", chat.say(fix()).move());
    }

    @Test
    void anythingElse_afterTheFixIsAgreed_getsAGoodbye_andEndsResolved_satisfied() {
        Chat chat = new Chat(parcel);
        chat.say(Readings.reply().part("I'm sorry.", "apology").part("I'll courier a new one tonight.", "solution")
                .offer());

        PartnerLine bye = chat.say(Readings.reply().question("Anything else I can help with?"));

        assertEquals("resolved", bye.move());
        assertEquals(Outcome.RESOLVED, bye.outcome());
        assertEquals("satisfied", bye.mood().label());
    }

    @Test
    void courtesyAfterTheFix_neverBringsOutAHiddenFact_norSpendsPatience() {
        Chat chat = new Chat(parcel);
        chat.say(Readings.reply().part("I'm sorry.", "apology").part("I'll courier it tonight.", "solution").offer());

        PartnerLine bye = chat.say(Readings.reply().question("Was it for something special?", "clarify")
                .asks("event"));

        assertEquals(Outcome.RESOLVED, bye.outcome());
        assertFalse(bye.text().toLowerCase(Locale.ROOT).contains("wedding"), bye.text());
    }

    @Test
    void putDownInTheSameReplyAsTheFix_isTakenColdly_andEndsWithAComplaint_neverResolved() {
        PartnerLine line = new Chat(parcel).say(fix().part("Next time, order earlier.", "condescend"));

        assertEquals("complaint", line.move());
        assertEquals(Outcome.MANAGER, line.outcome());
        assertEquals("offended", line.mood().label());
        assertFalse(line.text().toLowerCase(Locale.ROOT).contains("thank you"), line.text());
    }

    @Test
    void jabAfterTheFixWasAgreed_isPutOnRecord_notThankedFor() {
        Chat chat = new Chat(parcel);
        chat.say(Readings.reply().part("Sorry.", "apology").part("I'll courier it tonight.", "solution").offer());

        PartnerLine line = chat.say(Readings.reply().part("Maybe read the delivery terms next time, though.",
                "condescend"));

        assertEquals("complaint", line.move());
        assertEquals(Outcome.MANAGER, line.outcome());
    }

    @Test
    void putDownWhileTheFixIsOnTheTable_isRemembered_atTheClose_evenAfterTheyTakeIt() {
        // given the fix offered with no sign they were heard (held back), then a put-down, then a sorry that wins it
        Chat chat = new Chat(parcel);
        assertEquals("unheard", chat.say(fix()).move());
        assertEquals("blame", chat.say(Readings.reply().part("You could have ordered earlier.", "condescend")).move());
        assertEquals("accept", chat.say(Readings.reply().part("Sorry, that was uncalled for.", "apology")).move());

        // when the rep closes politely
        PartnerLine bye = chat.say(Readings.reply().question("Anything else I can help with?"));

        // then the goodbye is the complaint, not thanks
        assertEquals("complaint", bye.move());
        assertEquals(Outcome.MANAGER, bye.outcome());
    }

    @Test
    void sympathyAgain_withNothingDone_isHeardCurtly_andGetsNowhere_neverTakenForASorry() {
        Chat chat = new Chat(parcel);
        chat.say(Readings.reply().part("That sounds awful.", "empathy"));

        PartnerLine again = chat.say(Readings.reply().part("I can see how annoying this must be.", "empathy"));

        assertEquals("hollow+press", again.move());
        assertTrue(Progress.stall(again.move()));
        assertFalse(again.text().toLowerCase(Locale.ROOT).contains("sorry"), again.text());
    }

    @Test
    void parroting_isAStall_neverAConfirmation() {
        PartnerLine line = new Chat(parcel).say(Readings.reply()
                .part("So it was due Tuesday and it's not here.", "restate", "parrot"));

        assertEquals("parrot+press", line.move());
        assertTrue(Progress.stall(line.move()));
    }

    @Test
    void rightRestatement_isConfirmed() {
        PartnerLine line = new Chat(parcel).say(Readings.reply()
                .part("So you paid for next-day and you need it for something soon.", "restate"));

        assertEquals("confirm+press", line.move());
    }

    @Test
    void questionThatAsksForAHiddenFact_bringsItOut_andAgainGetsAReminder() {
        Chat chat = new Chat(parcel);

        PartnerLine reveal = chat.say(Readings.reply().question("What do you need it for?", "clarify").asks("event"));
        PartnerLine again = chat.say(Readings.reply().question("Sorry, what's the occasion?", "clarify").asks("event"));

        assertEquals("reveal:event", reveal.move());
        assertTrue(reveal.text().contains("wedding"), reveal.text());
        assertEquals("already-told", again.move());
    }

    @Test
    void openQuestion_isAnsweredFromTheirCase_andNeverGivesAwayWhatTheyKeptBack() {
        Chat chat = new Chat(parcel);

        PartnerLine first = chat.say(Readings.reply().question("Can you tell me more?", "clarify"));
        PartnerLine second = chat.say(Readings.reply().question("Anything else I should know?", "clarify"));

        assertTrue(first.move().startsWith("answer:case"), first.move());
        assertEquals("nothing-more", second.move());
        java.util.List<String> sentences = java.util.Arrays.asList(first.text().split("(?<=\\.) "));
        assertEquals(sentences.size(), sentences.stream().distinct().count(), first.text());
        for (PartnerLine line : java.util.List.of(first, second)) {
            assertFalse(line.text().toLowerCase(Locale.ROOT).contains("wedding"), line.text());
            assertFalse(line.text().toLowerCase(Locale.ROOT).contains("colleague"), line.text());
        }
    }

    @Test
    void hardCustomer_needsTheQuestionAskedPrecisely() {
        Scenario outage = SharedEvaluator.library().scenario("broadband-outage");

        String loose = Chat.moveAfter(outage, Readings.reply().question("Is something riding on this?", "clarify")
                .asks("deadline", 0.46));
        String precise = Chat.moveAfter(outage, Readings.reply().question("Is there a deadline this is affecting?",
                "clarify").asks("deadline", 0.8));

        assertNotEquals("reveal:deadline", loose);
        assertEquals("reveal:deadline", precise);
    }

    @Test
    void detailsLines_neverSayAHiddenFactBeforeItIsAsked() {
        Scenario leaky = Scenarios.withLine(parcel, "details",
                java.util.List.of("It's for my sister's wedding.", "It was due {promised_for}."));
        Chat chat = new Chat(leaky);

        for (int i = 0; i < 4; i++) {
            chat.say(Readings.reply().part("I understand, that's awful.", "empathy").part("Leave it with me.",
                    "ownership"));
        }

        assertTrue(chat.partnerLines().stream().noneMatch(l -> l.contains("wedding")), chat.partnerLines().toString());
    }
}
