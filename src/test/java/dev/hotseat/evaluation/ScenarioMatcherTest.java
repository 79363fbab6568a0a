package dev.hotseat.evaluation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.core.Reading;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The want told from its neighbours: an offer of another of the policy's options is that option, however much it is
 * about the same thing as the want (a repair when the want is a working laptop by Monday, money back when the want is
 * a bed tonight), and the want's own offers in other words still meet it. Before the matcher compared each offer with
 * the policy's other options, five of the first six read as the want.
 */
class ScenarioMatcherTest {

    private static final PromptLibrary LIBRARY = SharedEvaluator.library();

    @ParameterizedTest(name = "{0}: \"{2}\" is option {3}, not the want")
    @CsvSource(delimiter = '|', textBlock = """
            hotel-overbooked   | So what are you going to do?         | I'll refund what you paid for tonight.                                                  | 3
            laptop-return      | So what happens now?                 | I'll book it in for a manufacturer repair today, it takes about ten working days.       | 4
            laptop-return      | So what happens now?                 | I'll get the data recovered off it for free, that takes two days.                       | 3
            late-parcel        | What are you going to do about it?   | I'll refund the delivery charge for you now.                                            | 2
            broadband-outage   | What are you going to do?            | I'll book the first engineer slot, that's Saturday morning.                             | 2
            card-blocked-abroad| What are you going to do, right now? | I'll arrange emergency cash for you at our partner bank in Florence, ready within three hours. | 2
            """)
    void anotherOptionOfThePolicy_isThatOption_notTheWant(String scenario, String context, String reply, int option) {
        Reading reading = read(scenario, context, reply);
        assertFalse(matched(reading, "offer", "want"), () -> "read as the want: " + reading.matches());
        assertTrue(matched(reading, "policy", Integer.toString(option)), () -> "not option " + option + ": "
                + reading.matches());
    }

    @ParameterizedTest(name = "{0}: \"{2}\" meets the want")
    @CsvSource(delimiter = '|', textBlock = """
            double-charge      | What can you do about it?            | i've put the extra £29 back through, give it 1-3 days to land
            late-parcel        | What are you going to do about it?   | There's one in stock at the Riverside shop, it's yours to pick up this afternoon.
            laptop-return      | So what happens now?                 | While it's away I'll lend you a laptop, for as long as the repair takes.
            estimated-bill     | What happens now?                    | I've put a hold on the direct debit till the new bill is out.
            card-blocked-abroad| What are you going to do, right now? | Answer a couple of security questions for me and I'll unblock the card on this call.
            """)
    void theWantsOwnOffer_inOtherWords_meetsIt(String scenario, String context, String reply) {
        Reading reading = read(scenario, context, reply);
        assertTrue(matched(reading, "offer", "want"), () -> "not read as the want: " + reading.matches());
    }

    private static Reading read(String id, String context, String reply) {
        Scenario scenario = LIBRARY.scenario(id.strip());
        return SharedEvaluator.reader().read(LIBRARY.rubric(scenario.rubric()), scenario, context.strip(),
                reply.strip());
    }

    private static boolean matched(Reading reading, String kind, String id) {
        return reading.matches().stream()
                .anyMatch(m -> m.kind().equals(kind) && m.id().equals(id) && m.score() >= Reading.SHOWN);
    }
}
