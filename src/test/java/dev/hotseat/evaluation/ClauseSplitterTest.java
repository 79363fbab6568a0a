package dev.hotseat.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {

    @Test
    void clauses_areExactSpansOfTheReply_splitAtSentencesAndJoins() {
        String reply = "I'm sorry, but that's policy.  I'll send a new one today and I'll call you Friday?";

        List<Clause> clauses = ClauseSplitter.split(reply);

        assertEquals(List.of("I'm sorry", "but that's policy.", "I'll send a new one today",
                "I'll call you Friday?"), clauses.stream().map(Clause::text).toList());
        for (Clause c : clauses) {
            assertEquals(c.text(), reply.substring(c.start(), c.end()));
        }
        assertEquals("I'm sorry, but that's policy.", clauses.get(0).sentence());
    }

    @Test
    void emptyReply_hasNoClauses() {
        assertEquals(List.of(), ClauseSplitter.split("   "));
    }
}
