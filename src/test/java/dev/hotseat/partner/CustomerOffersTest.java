package dev.hotseat.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.core.Outcome;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.persona.Scenario;
import org.junit.jupiter.api.Test;

/** Issue 19, item 1: what is accepted is the offered thing, read from the reply's reading alone. */
class CustomerOffersTest {
    private final Scenario parcel = SharedEvaluator.library().scenario("late-parcel");   // medium
    private final Scenario charge = SharedEvaluator.library().scenario("double-charge"); // easy
    private final Scenario outage = SharedEvaluator.library().scenario("broadband-outage"); // hard

    private static Readings sorry() {
        return Readings.reply().part("I'm so sorry, that's really not good enough.", "apology", "empathy");
    }

    @Test
    void offerThatMeetsTheWant_isAccepted_onceTheyWereHeard() {
        PartnerLine line = new Chat(parcel).say(sorry()
                .part("One's in stock at Riverside: pick it up today, or I courier it free by 8.", "solution").offer());

        assertEquals("accept", line.move());
        assertNull(line.outcome());
    }

    @Test
    void verblessOffer_inTheScenariosOwnWords_isAnOffer_evenWhenTheReaderMissedTheAct() {
        PartnerLine line = new Chat(parcel).say(sorry().part("Same-day courier, free, with you by eight tonight.")
                .match("offer", "want", 0.95));

        assertEquals("accept", line.move());
    }

    @Test
    void clauseCloserToAPromiseBeyondPolicyThanToTheWant_isThePromise() {
        PartnerLine line = new Chat(parcel).say(sorry().part("Full refund on the stand and a new one by courier.",
                "solution").match("offer", "want", 0.7).match("beyond", "policy", 0.9));

        assertEquals("promise", line.move());
    }

    @Test
    void clauseCloserToAnOptionThePolicyAllows_isNoPromiseBeyondIt() {
        PartnerLine line = new Chat(parcel).say(sorry().part("I'm refunding the £9.50 you paid for delivery.",
                "solution").policy(2).match("beyond", "policy", 0.7));

        assertEquals("reject:refund", line.move());
    }

    @Test
    void overPromiseReading_ofAnOptionThePolicyAllows_isThatOption() {
        PartnerLine line = new Chat(parcel).say(sorry().part("I'll also refund the delivery charge.",
                java.util.Map.of("overpromise", 0.64, "ownership", 0.42)).policy(2).match("beyond", "policy", 0.8));

        assertEquals("reject:refund", line.move());
    }

    @Test
    void moneyBack_whenTheyWantTheItem_isTurnedDownInWordsAboutMoneyBack() {
        PartnerLine line = new Chat(parcel).say(sorry()
                .part("I'll refund your delivery charge right away.", "solution").policy(2));

        assertEquals("reject:refund", line.move());
        assertTrue(parcel.lines().get("reject:refund").contains(line.text()), line.text());
    }

    @Test
    void theSameOptionAgain_afterItWasTurnedDown_isCalledARepeat_andGetsNowhere() {
        Chat chat = new Chat(parcel);
        chat.say(sorry().part("I can refund the delivery charge.", "solution").policy(2));

        PartnerLine again = chat.say(Readings.reply().part("Let me refund that £9.50 for you.", "solution").policy(2));

        assertEquals("reject-again", again.move());
        assertTrue(Progress.stall(again.move()));
    }

    @Test
    void promiseBeyondPolicy_isPinnedDownInTheRepsOwnWords_andNeverResolves() {
        Chat chat = new Chat(parcel);
        PartnerLine pinned = chat.say(sorry().part("I'll refund the whole cake stand today, no questions asked.",
                "solution").beyond());
        PartnerLine after = chat.say(Readings.reply().question("Is there anything else I can do?", "followup"));

        assertEquals("promise", pinned.move());
        assertTrue(pinned.text().contains("\"i'll refund the whole cake stand today, no questions asked\"")
                || pinned.text().contains("\"I'll refund the whole cake stand today, no questions asked\""),
                pinned.text());
        assertNotEquals(Outcome.RESOLVED, after.outcome());
    }

    @Test
    void overPromiseTheReaderCaughtWithoutAPolicyMatch_isPinnedDownToo() {
        assertEquals("promise", Chat.moveAfter(parcel, sorry().part("I guarantee you'll have it by tomorrow.",
                "overpromise")));
    }

    @Test
    void followUpTheReaderAlsoHeardAsAPromise_isAFollowUp_notPinnedDown() {
        Chat chat = new Chat(parcel);
        chat.say(sorry().part("I'll courier a new one tonight.", "solution").offer());

        PartnerLine line = chat.say(Readings.reply().part("I'll call you tomorrow myself to check it arrived.",
                java.util.Map.of("followup", 0.89, "overpromise", 0.58)));

        assertEquals(Outcome.RESOLVED, line.outcome(), line.move());
    }

    @Test
    void limitHeld_inAReplyThatMakesThePromiseAgain_isNotATakingBack() {
        Chat chat = new Chat(parcel);
        chat.say(sorry().part("You can have a full refund and keep it.", "overpromise").beyond());

        PartnerLine again = chat.say(Readings.reply().part("I can't change the courier's rules.", "firm")
                .part("But the full refund is yours and you keep the stand.", "overpromise").beyond());

        assertEquals("promise-again", again.move());
    }

    @Test
    void promiseTakenBack_isHeldAgainstTheRep_thenTheRightFixIsTaken_andCourtesyCloses() {
        Chat chat = new Chat(parcel);
        chat.say(sorry().part("You can have a full refund and keep it.", "solution").beyond());

        PartnerLine back = chat.say(Readings.reply().part("I got that wrong, I can't refund it in full.", "firm")
                .part("What I can do is courier a new one tonight, free.", "solution").offer());
        PartnerLine bye = chat.say(Readings.reply().question("Anything else I can help with?"));

        assertEquals("retract+accept", back.move());
        assertTrue(back.text().contains("\"you can have a full refund and keep it\""), back.text());
        assertEquals(Outcome.RESOLVED, bye.outcome());
    }

    @Test
    void vaguePromise_isAskedHowExactly_neverAccepted_andGetsNowhere() {
        Chat chat = new Chat(parcel);

        PartnerLine line = chat.say(sorry().part("I'm going to make sure you have it in time.", "vague"));

        assertEquals("vague", line.move());
        assertTrue(line.text().contains("?"), line.text());
        assertTrue(Progress.stall(line.move()));
    }

    @Test
    void easyCustomer_takesAGoodPlainFixAtOnce_withoutASorry() {
        Chat chat = new Chat(charge);

        PartnerLine line = chat.say(Readings.reply().part("I'll refund the duplicate charge today.", "solution").offer());
        PartnerLine bye = chat.say(Readings.reply().question("Anything else?"));

        assertEquals("accept", line.move());
        assertEquals(Outcome.RESOLVED, bye.outcome());
    }

    @Test
    void mediumCustomer_holdsTheFixBack_untilTheyAreHeard_thenTakesTheFixOnTheTable() {
        Chat chat = new Chat(parcel);

        PartnerLine held = chat.say(Readings.reply().part("I'll courier a new one today.", "solution").offer());
        PartnerLine heard = chat.say(Readings.reply().part("That's on us, and I'm sorry.", "ownership", "apology"));

        assertEquals("unheard", held.move());
        assertEquals("accept", heard.move());
    }

    @Test
    void hardCustomer_needsHearing_theFix_aPushback_andAFollowUp_beforeTheCallCloses() {
        Chat chat = new Chat(outage);

        PartnerLine first = chat.say(Readings.reply().part("That's a week without work. I'm sorry.", "empathy", "apology")
                .part("I'll courier you a 4G hotspot today, free.", "solution").offer());
        PartnerLine second = chat.say(Readings.reply().part("It's the fastest thing I can get you today.", "firm",
                "ownership"));
        PartnerLine third = chat.say(Readings.reply().question("Is there anything else?"));
        PartnerLine last = chat.say(Readings.reply().part("I'll text you the tracking number within the hour.",
                "followup"));

        assertEquals("pushback", first.move());
        assertEquals("accept", second.move());
        assertEquals("accept+followup", third.move());
        assertNull(third.outcome());
        assertEquals(Outcome.RESOLVED, last.outcome());
    }

    @Test
    void hardCustomer_heardAtLast_stillPushesBackOnce_beforeTakingTheFix() {
        Chat chat = new Chat(outage);

        PartnerLine held = chat.say(Readings.reply().part("I'll courier a 4G hotspot today.", "solution").offer());
        PartnerLine heard = chat.say(Readings.reply().part("Four days offline is awful, and that's on us.", "empathy",
                "ownership"));
        PartnerLine taken = chat.say(Readings.reply().part("The hotspot is the fastest way to get you working.",
                "firm"));

        assertEquals("unheard", held.move());
        assertEquals("pushback", heard.move());
        assertEquals("accept", taken.move());
    }

    @Test
    void hardCustomer_askedAQuestionAfterPushingBack_answersIt_andTheFixStaysOnTheTable() {
        Chat chat = new Chat(outage);
        chat.say(Readings.reply().part("I'm sorry.", "apology").part("I'll courier a hotspot today.", "solution")
                .offer());

        PartnerLine answered = chat.say(Readings.reply().question("Is there a deadline this is affecting?",
                "clarify").asks("deadline"));
        PartnerLine taken = chat.say(Readings.reply().part("Then the hotspot is the way: it's with you by tonight.",
                "firm", "ownership"));

        assertEquals("reveal:deadline", answered.move());
        assertEquals("accept", taken.move());
    }

    @Test
    void hardCustomer_whoHeardTheFollowUpAlready_closesOnTheNextCourtesy() {
        Chat chat = new Chat(outage);
        chat.say(Readings.reply().part("I'm sorry.", "apology").part("I'll courier a hotspot today.", "solution")
                .offer().part("And I'll ring you tonight to check it came.", "followup"));
        chat.say(Readings.reply().part("That's the quickest way to get you working.", "firm"));

        PartnerLine bye = chat.say(Readings.reply().question("Anything else?"));

        assertEquals(Outcome.RESOLVED, bye.outcome());
    }

    @Test
    void somethingConcreteOffTheList_isTurnedDown_notAccepted() {
        PartnerLine line = new Chat(parcel).say(Readings.reply().part("I'll send you a free tea towel.", "solution"));

        assertEquals("reject", line.move());
        assertFalse(line.ends());
    }

    @Test
    void clarifyingQuestion_isNeverTakenForAnOffer_evenWhenItSoundsLikeOne() {
        PartnerLine line = new Chat(parcel).say(sorry().question("Would a refund help, or what do you need it for?",
                "clarify", "solution").policy(2).asks("event"));

        assertEquals("reveal:event", line.move());
    }
}
