package dev.hotseat.partner;

import dev.hotseat.evaluation.SharedEvaluator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.core.Outcome;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerPartnerTest {

    private final Scenario parcel = SharedEvaluator.library().scenario("late-parcel");

    @Test
    void opening_startsAtTheDifficultysMood_andNamesTheirOwnOrder() {
        Chat chat = new Chat(parcel);

        assertEquals(parcel.mood().start(), chat.last().mood().level());
        assertEquals("opening", chat.last().move());
        assertTrue(chat.last().text().contains("4417") || chat.last().text().contains("Monday"), chat.last().text());
    }

    @Test
    void angryCustomer_calmsDown_whenRepAcknowledgesFeelings() {
        Chat chat = new Chat(parcel);
        int before = chat.last().mood().level();

        chat.say("That sounds really frustrating, I'd be upset too.", "empathy");

        assertTrue(chat.last().mood().level() < before, chat.last().mood() + " vs " + before);
        assertNull(chat.last().outcome());
    }

    @Test
    void thirdBareSorry_getsIrritation_andDoesNotResolve() {
        Chat chat = new Chat(parcel);

        chat.say("I'm so sorry.", "apology");
        int afterSecond = chat.say("I'm really sorry about that.", "apology").mood().level();
        PartnerLine third = chat.say("Sorry, again, I do apologise.", "apology");

        assertEquals("sorry-fatigue", third.move());
        assertTrue(third.mood().level() > afterSecond, third.mood() + " after " + afterSecond);
        assertNull(third.outcome());
    }

    @Test
    void clarifyingQuestion_revealsTheMatchingHiddenFact() {
        Chat chat = new Chat(parcel);

        PartnerLine line = chat.say("Can I ask what you need it for?", "clarify");

        assertEquals("reveal:event", line.move());
        assertTrue(line.text().contains("wedding"), line.text());
    }

    @Test
    void askingForWhatTheyAlreadySaid_getsAReminder() {
        Chat chat = new Chat(parcel);

        PartnerLine line = chat.say("What's the order number, please?", "clarify");

        assertEquals("already-told", line.move());
        assertTrue(line.text().toLowerCase().contains("order 4417"), line.text());
    }

    @Test
    void restatementThatFitsTheirStory_isConfirmed() {
        Chat chat = new Chat(parcel);

        PartnerLine line = chat.say("So you paid for next-day delivery of the cake stand on Monday and it"
                + " still hasn't arrived.", "restate");

        assertTrue(line.move().startsWith("confirm"), line.move());
    }

    @Test
    void restatementThatMissesTheirStory_isCorrected() {
        Chat chat = new Chat(parcel);

        PartnerLine line = chat.say("So you'd like to change your billing address?", "restate");

        assertTrue(line.move().startsWith("correct"), line.move());
        assertTrue(line.text().contains("4417") || line.text().contains("cake stand"), line.text());
    }

    @Test
    void solutionThatMissesTheWant_isRejected_whileStillAngry() {
        Chat chat = new Chat(parcel);

        PartnerLine line = chat.say("I can give you a 15% voucher for your next order.", "solution");

        assertEquals("reject", line.move());
        assertNull(line.outcome());
    }

    @Test
    void solutionThatMeetsTheWant_isAccepted() {
        Chat chat = new Chat(parcel);
        chat.say("I'm so sorry, that must be really stressful.", "apology", "empathy");

        PartnerLine line = chat.say("I'll personally send a new one by same-day courier, it'll be with you"
                + " tonight.", "solution", "ownership");

        assertTrue(line.move().equals("accept") || line.move().equals("resolved"), line.move());
    }

    @Test
    void firmLimit_isPushedBackOnce_thenAccepted() {
        Chat chat = new Chat(parcel);
        String offer = "I can't refund the item until it's returned, but I can refund the delivery charge.";

        PartnerLine first = chat.say(offer, "solution", "firm");
        PartnerLine second = chat.say("I understand, and that really is the most I can do: the delivery charge"
                + " back today.", "firm", "empathy");

        assertEquals("pushback", first.move());
        assertTrue(second.move().equals("accept") || second.move().equals("resolved"), second.move());
    }

    @Test
    void customer_walksOut_atOneHundred() {
        Chat chat = new Chat(parcel);
        List<PartnerLine> lines = new ArrayList<>();

        for (int i = 0; i < 6 && chat.last().outcome() == null; i++) {
            lines.add(chat.say("Calm down, it's the courier's problem, not mine.", "blame", "deflect"));
        }

        assertEquals(Outcome.WALKED_OUT, chat.last().outcome());
        assertEquals(100, chat.last().mood().level());
        assertEquals("walk-out", chat.last().move());
        assertTrue(lines.size() <= 3, "walked out after " + lines.size());
    }

    @Test
    void noLineRepeats_whileAnUnusedVariantRemains() {
        Chat chat = new Chat(parcel);

        for (int i = 0; i < 3; i++) {
            chat.say("I'll look into this myself.", "ownership");
        }

        List<String> lines = chat.partnerLines().subList(1, 4);
        assertEquals(3, new HashSet<>(lines).size(), lines.toString());
    }

    @Test
    void sameConversation_givesTheSameLines() {
        Chat one = new Chat(parcel);
        Chat two = new Chat(parcel);

        for (String reply : List.of("That's awful.", "What's it for?", "I'll sort it.")) {
            one.say(reply, "empathy", "clarify");
            two.say(reply, "empathy", "clarify");
        }

        assertEquals(one.partnerLines(), two.partnerLines());
    }

    @Test
    void goodRep_resolvesTheCall() {
        Chat chat = new Chat(parcel);

        chat.say("I'm so sorry, I can hear how frustrating this is.", "apology", "empathy");
        chat.say("Can I ask what you need it for?", "clarify");
        chat.say("So it's for your sister's wedding tomorrow and order 4417 hasn't come.", "restate");
        PartnerLine end = chat.say("I'll personally send a new one by same-day courier, arriving tonight.",
                "solution", "ownership");

        assertEquals(Outcome.RESOLVED, end.outcome(), chat.partnerLines().toString());
        assertNotEquals(parcel.mood().start(), end.mood().level());
    }

    @Test
    void offerWrappedInPolicySpeak_isStillAnswered_butCostsMood() {
        Chat plain = new Chat(parcel);
        Chat wrapped = new Chat(parcel);
        plain.say("I'm so sorry about this.", "apology"); // acceptance is earned: both were heard first
        wrapped.say("I'm so sorry about this.", "apology");

        PartnerLine a = plain.say("I can send a new one by same-day courier tonight.", "solution");
        PartnerLine b = wrapped.say("Our policy is to re-send, so I can send one by same-day courier tonight.",
                "solution", "deflect");

        assertTrue(List.of("accept", "resolved").contains(a.move()), a.move());
        assertTrue(List.of("accept", "resolved").contains(b.move()), b.move());
        assertTrue(b.mood().level() > a.mood().level(), b.mood() + " vs " + a.mood());
    }

    @Test
    void restatementWithAQuestion_isConfirmed_andTheFactRevealed_underASingleMove() {
        Chat chat = new Chat(parcel);

        PartnerLine line = chat.say("So your cake stand from order 4417 never came. What do you need it for?",
                "restate", "clarify");

        assertEquals("reveal:event", line.move());
        assertTrue(parcel.lines().get("confirm").stream().anyMatch(line.text()::startsWith), line.text());
        assertTrue(line.text().contains("wedding"), line.text());
    }
}
