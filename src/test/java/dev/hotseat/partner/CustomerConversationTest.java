package dev.hotseat.partner;

import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.persona.PromptLibrary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Play-test findings: the customer answers what was asked, remembers what was said and offered. */
class CustomerConversationTest {

    private final PromptLibrary library = SharedEvaluator.library();

    @Test
    void whenDidYouOrder_isAnsweredWithTheOrderDate_notTheOrderNumber() {
        Chat chat = new Chat(library.scenario("late-parcel"));

        PartnerLine line = chat.say("When did you order it?", "clarify");

        assertEquals("answer:ordered_on", firstPart(line));
        assertTrue(line.text().startsWith("Monday."), line.text());
    }

    @Test
    void whenWasItDue_isAnsweredWithThePromisedDay_andAReminderBecauseTheOpeningSaidIt() {
        Chat chat = new Chat(library.scenario("late-parcel"));
        boolean openingSaidTuesday = chat.last().text().contains("Tuesday");

        PartnerLine line = chat.say("When was it due?", "clarify");

        assertTrue(line.text().contains("Tuesday"), line.text());
        assertEquals(openingSaidTuesday ? "already-told" : "answer:promised_for", firstPart(line));
    }

    @Test
    void whereAreYou_isAnsweredWithTheirCity_evenByAHardCustomer() {
        Chat chat = new Chat(library.scenario("card-blocked-abroad"));

        PartnerLine line = chat.say("Where are you at the moment?", "clarify");

        assertTrue(line.text().contains("Florence"), line.text());
        assertTrue(List.of("already-told", "answer:city").contains(firstPart(line)), line.move());
    }

    @Test
    void howManyNights_isAnsweredWithTheNights_notTheBookingNumber() {
        Chat chat = new Chat(library.scenario("hotel-overbooked"));

        PartnerLine line = chat.say("How many nights was the booking for?", "clarify");

        assertTrue(line.text().toLowerCase().contains("two nights"), line.text());
        assertFalse(line.text().contains("HV-3306"), line.text());
    }

    @Test
    void howMuchIsTheBillNormally_isAnsweredWithTheUsualAmount_notThisBill() {
        Chat chat = new Chat(library.scenario("roaming-charges"));
        boolean openingSaidIt = chat.last().text().contains("£18");

        PartnerLine line = chat.say("How much is the bill normally?", "clarify");

        assertEquals(openingSaidIt ? "already-told" : "answer:usual", firstPart(line));
        assertTrue(line.text().contains("£18."), line.text());
        assertFalse(line.text().contains("£204"), line.text());
    }

    @Test
    void askingForATrackingNumber_doesNotUnlockWhatTheyKeptBack_theyGiveTheirOrderInstead() {
        Chat chat = new Chat(library.scenario("late-parcel"));

        PartnerLine line = chat.say("What's the tracking number?", "clarify");

        assertEquals("unknown", firstPart(line));
        assertTrue(line.text().contains("order 4417"), line.text());
        assertFalse(line.text().contains("wedding"), line.text());
    }

    @Test
    void askingForAPostcode_getsAPersonalAnswer_notTheHiddenFact() {
        Chat chat = new Chat(library.scenario("late-parcel"));

        PartnerLine line = chat.say("What's your postcode?", "clarify");

        assertEquals("personal", firstPart(line));
        assertFalse(line.text().contains("wedding"), line.text());
    }

    @Test
    void detailTheyDontHave_isAnsweredWithTheirReference_notTheirFirstFact() {
        Chat chat = new Chat(library.scenario("estimated-bill"));

        PartnerLine line = chat.say("What's your postcode?", "clarify");

        assertTrue(line.text().contains("account BW-7781"), line.text());
        assertFalse(line.text().contains("£412"), line.text());
    }

    @Test
    void securityQuestionThePolicyRequires_isGoneAlongWith_inTheScenariosOwnWords() {
        Chat chat = new Chat(library.scenario("card-blocked-abroad"));

        PartnerLine line = chat.say("Can you give me the answer to your security question?", "clarify");

        assertEquals("personal", firstPart(line));
        assertTrue(line.text().toLowerCase().contains("ask"), line.text());
    }

    @Test
    void didYouCheck_isAnsweredAsAQuestionAboutWhatTheyDid_andCalmsNoOne() {
        Chat chat = new Chat(library.scenario("late-parcel"));
        int before = chat.last().mood().level();

        PartnerLine line = chat.say("Did you check with your neighbour?", "clarify");

        assertEquals("checked", firstPart(line));
        assertTrue(line.mood().level() >= before, line.mood() + " after " + before);
    }

    @Test
    void holdRequest_thatTheEvaluatorReadAsAnOffer_isAgreedToReluctantly_notRejectedAsAnOffer() {
        Chat chat = new Chat(library.scenario("late-parcel"));

        PartnerLine line = chat.say("Can I put you on hold for a moment?", "solution");

        assertEquals("hold", line.move());
        assertFalse(line.text().contains("voucher"), line.text());
    }

    @Test
    void sameOfferAgain_afterItWasTurnedDown_isCalledOut_andNeverWinsThemOver() {
        Chat chat = new Chat(library.scenario("double-charge"));
        String offer = "I can give you a 10% voucher.";

        int afterFirst = chat.say(offer, "solution").mood().level();
        PartnerLine second = chat.say(offer, "solution");
        chat.say(offer, "solution");
        PartnerLine fourth = chat.say(offer, "solution");

        assertEquals("reject-again", second.move());
        assertTrue(second.mood().level() > afterFirst, second.mood() + " after " + afterFirst);
        assertEquals("reject-again", fourth.move());
        assertNull(fourth.outcome());
    }

    @Test
    void sameOfferHeldPolitelyAsALimit_isPushedBack_notCalledARepeat() {
        Chat chat = new Chat(library.scenario("late-parcel"));
        chat.say("I can offer you a voucher for 15% off.", "solution");

        PartnerLine line = chat.say("I understand, and I'm afraid a voucher for 15% off is the most I can offer.",
                "solution", "firm");

        assertEquals("pushback", line.move());
    }

    @Test
    void offerOfAVoucher_isTurnedDownInWordsAboutTheVoucher_anotherOfferInGeneralWords() {
        Chat voucher = new Chat(library.scenario("late-parcel"));
        Chat credit = new Chat(library.scenario("late-parcel"));

        PartnerLine aboutVoucher = voucher.say("I can offer you a voucher for 15% off.", "solution");
        PartnerLine aboutCharge = credit.say("I can refund the £9.50 delivery charge.", "solution");

        assertEquals("reject", aboutVoucher.move());
        assertTrue(aboutVoucher.text().contains("voucher"), aboutVoucher.text());
        assertFalse(aboutCharge.text().contains("voucher"), aboutCharge.text());
    }

    @Test
    void offerOfExactlyWhatTheyWant_isHeard_evenWhenTheEvaluatorFoundNothing() {
        Chat chat = new Chat(library.scenario("estimated-bill"));

        PartnerLine line = chat.say("I'll recalculate it today from an actual reading, and hold the direct debit"
                + " until then.");

        assertTrue(line.move().equals("accept") || line.move().equals("resolved"), line.move());
    }

    @Test
    void sayingTheWantsWordsWhileRefusing_isNoOffer() {
        Chat chat = new Chat(library.scenario("late-parcel"));

        PartnerLine line = chat.say("There's nothing I can do about the courier, and I can't send another.");

        assertFalse(line.move().startsWith("accept") || line.move().equals("resolved"), line.move());
    }

    @Test
    void vagueOffer_isAskedWhatItMeans_insteadOfTurnedDownForSomethingNeverOffered() {
        Chat chat = new Chat(library.scenario("late-parcel"));

        PartnerLine line = chat.say("I'll take care of this for you myself.", "ownership", "solution");

        assertEquals("vague", line.move());
        assertFalse(line.text().contains("voucher"), line.text());
    }

    @Test
    void promiseBeyondPolicy_isPinnedDown_notAcceptedAsAWin() {
        Chat chat = new Chat(library.scenario("laptop-return"));

        PartnerLine line = chat.say("Sure, I'll refund you the full £749 today.", "solution");

        assertEquals("promise", line.move());
        assertNull(line.outcome());
        assertTrue(line.text().toLowerCase().contains("refund"), line.text());
    }

    @Test
    void promiseInTheRepsWords_isQuotedBackFromTheCustomersSide() {
        Chat chat = new Chat(library.scenario("card-blocked-abroad"));

        PartnerLine line = chat.say("I'll raise your limit and unblock it right away.", "solution");

        assertEquals("promise", line.move());
        assertTrue(line.text().toLowerCase().contains("raise my limit"), line.text());
    }

    @Test
    void promiseTakenBack_isHeldAgainstTheRep_andTheNewOfferCannotCloseTheCallOnThatLine() {
        Chat chat = new Chat(library.scenario("late-parcel"));
        int afterPromise = chat.say("I'll give you a full refund right now.", "solution").mood().level();

        PartnerLine line = chat.say("Actually, I'm not able to do a full refund. What I can do is send a new one"
                + " by same-day courier tonight.", "solution", "firm");

        assertEquals("retract+accept", line.move());
        assertTrue(line.text().contains("full refund"), line.text());
        assertNull(line.outcome());
        assertTrue(line.mood().level() > afterPromise - 10, line.mood() + " after " + afterPromise);
    }

    @Test
    void limitHeldFromTheStart_isNotMistakenForAPromise() {
        Chat chat = new Chat(library.scenario("late-parcel"));

        // Acceptance is earned (issue 9): the acknowledgement is part of the reply, so only the limit is under test.
        PartnerLine line = chat.say("I'm so sorry. I can't give you a full refund, I'm afraid, but I can send a new one by"
                + " same-day courier today.", "apology", "solution", "firm");

        assertTrue(line.move().startsWith("accept") || line.move().equals("resolved"), line.move());
    }

    @Test
    void acceptedOfferTakenBack_isRemembered_andTheCustomerIsNoLongerSettled() {
        Chat chat = new Chat(library.scenario("broadband-outage"));
        chat.say("I'm really sorry. I can courier you a 4G hotspot router today, free.", "apology", "solution");

        PartnerLine line = chat.say("Oh wait, I'm afraid I can't send the hotspot router after all.", "firm");

        assertEquals("retract+press", line.move());
        assertTrue(line.text().toLowerCase().contains("hotspot"), line.text());
    }

    @Test
    void nonAnswerAfterAnAgreedOffer_makesThemCheckTheDealStillStands_inTheRepsWords() {
        Chat chat = new Chat(library.scenario("broadband-outage"));
        chat.say("I'm so sorry. I can courier you a 4G hotspot router today, free.", "apology", "solution");

        PartnerLine line = chat.say("ok");

        assertEquals("ignored", line.move());
        assertTrue(line.text().contains("hotspot"), line.text());
        assertNull(line.outcome());
    }

    @Test
    void oneWordReply_isQuotedBack_notAskedIfTheyHeard() {
        Chat chat = new Chat(library.scenario("estimated-bill"));

        PartnerLine line = chat.say("ok");

        assertTrue(line.move().startsWith("ignored"), line.move());
        assertFalse(line.text().contains("Did you hear"), line.text());
    }

    @Test
    void sorryOnRepeat_neverSaysTheSameLineTwiceInARow_evenAfterTheScenariosOwnVariantsRunOut() {
        Chat chat = new Chat(library.scenario("broadband-outage"));

        for (int i = 0; i < 6; i++) {
            chat.say("I'm so sorry.", "apology");
        }

        List<String> lines = chat.partnerLines();
        for (int i = 1; i < lines.size(); i++) {
            assertNotEquals(lines.get(i - 1), lines.get(i));
        }
        assertEquals(lines.size(), new HashSet<>(lines).size(), lines.toString());
    }

    @Test
    void kindWordsToAFuriousCustomer_countAsCalming_butAreAnsweredCurtly() {
        Chat chat = new Chat(library.scenario("broadband-outage"));
        int before = chat.last().mood().level();

        PartnerLine line = chat.say("That sounds awful, I'd be furious too.", "empathy");

        assertEquals("calmer+press", line.move());
        assertTrue(line.mood().level() < before);
        assertFalse(line.text().toLowerCase().contains("thank"), line.text());
    }

    @Test
    void factWrittenInLowerCase_startsASentence_afterAFullStop() {
        LinePicker lines = new LinePicker(library.scenario("hotel-overbooked"), 0, List.of());

        String line = lines.pick("opening", List.of("I have {booking}. {nights} in {room}, prepaid."), Map.of());

        assertEquals("I have booking HV-3306. Two nights in the sea-view double, prepaid.", line);
    }

    @Test
    void questionAfterASummary_isAnsweredForWhatItAsks_notForWordsInTheSummary() {
        assertEquals("reveal:second", Chat.moveAfter(library.scenario("laptop-return"), "So the Aero 14 died after 35 days and you've got exams coming up. Has it had"
                + " any problems before?", "restate", "clarify"));
    }

    @Test
    void shortRightSummaryWithAQuestion_isConfirmed_notCorrected() {
        Chat chat = new Chat(library.scenario("broadband-outage"));
        chat.say("Is there something urgent this is affecting?", "clarify");

        PartnerLine line = chat.say("So you need it working for tomorrow. Has anyone from us been in touch before?",
                "restate", "clarify");

        List<String> confirms = library.scenario("broadband-outage").lines().get("confirm");
        assertTrue(confirms.stream().anyMatch(line.text()::startsWith), line.text());
        assertEquals("reveal:callback", line.move());
    }

    @Test
    void askingTheirName_getsThePersonasName() {
        Chat chat = new Chat(library.scenario("late-parcel"));

        PartnerLine line = chat.say("Can I take your name, please?", "solution");

        assertEquals("answer:name", firstPart(line));
        assertTrue(line.text().startsWith("It's Dana."), line.text());
    }

    @Test
    void anythingElse_isAnOpenQuestion_evenWhenTheEvaluatorFoundNothing() {
        Chat chat = new Chat(library.scenario("late-parcel"));

        PartnerLine line = chat.say("Anything else at all?");

        assertTrue(line.move().startsWith("reveal:"), line.move());
    }

    @Test
    void ignoringALineThatAskedNothing_neverClaimsTheyAskedSomething() {
        Chat chat = new Chat(library.scenario("late-parcel"));
        chat.say("What do you need it for?", "clarify");

        PartnerLine line = chat.say("Right, I see, let me just have a look at the screen here.");

        assertTrue(line.move().startsWith("ignored"), line.move());
        assertFalse(line.text().contains("asked"), line.text());
    }

    @Test
    void blameTheEvaluatorFoundInTheSameSentenceAsEmpathy_isDoubted_unlessItHasBlamingWords() {
        Chat kind = new Chat(library.scenario("laptop-return"));
        Chat rude = new Chat(library.scenario("laptop-return"));

        PartnerLine doubted = kind.say("I'm really sorry, that's awful when you paid £749 for it.",
                "empathy", "apology", "blame");
        PartnerLine meant = rude.say("I'm sorry, but you should have backed it up.", "apology", "blame");

        assertFalse(doubted.move().startsWith("blame"), doubted.move());
        assertEquals("blame", meant.move());
    }

    @Test
    void smallTalkTheEvaluatorCalledAQuestion_isCalledOut_andUnlocksNothing() {
        Chat chat = new Chat(library.scenario("double-charge"));
        int before = chat.last().mood().level();

        PartnerLine line = chat.say("How's the weather where you are?", "clarify");

        assertEquals("offtask+press", line.move());
        assertFalse(line.text().contains("payroll"), line.text());
        assertTrue(line.mood().level() > before, line.mood() + " after " + before);
    }

    @Test
    void plainAnswer_addsTheirDemand_onlyWhenTheirLastLineDidNotEndOnAQuestion() {
        Chat asked = new Chat(library.scenario("late-parcel"));     // opening ends "What's going on?"
        Chat stated = new Chat(library.scenario("broadband-outage")); // opening ends "Explain."

        PartnerLine afterQuestion = asked.say("When did you order it?", "clarify");
        PartnerLine afterStatement = stated.say("And how much is your monthly bill?", "clarify");

        assertTrue(asked.partnerLines().getFirst().endsWith("?"));
        assertEquals("Monday.", afterQuestion.text());
        assertEquals("answer:monthly+press", afterStatement.move());
    }

    /** The state-changing first part of a move ("answer:name" of "answer:name+press"). */
    private static String firstPart(PartnerLine line) {
        return line.move().split("\\+")[0];
    }
}
