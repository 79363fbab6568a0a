package dev.hotseat.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.core.Grade;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.TestServer;
import dev.hotseat.support.Waiting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator hears what the next reply will be graded against as soon as the partner has spoken. */
@Timeout(60)
class PreparedContextTest {
    @TempDir
    Path data;

    /** Grades by keywords and writes down each context it is asked to prepare, and each it grades against. */
    private static final class RecordingEvaluator implements Evaluator {
        final List<String> prepared = new CopyOnWriteArrayList<>();
        final List<String> gradedAgainst = new CopyOnWriteArrayList<>();
        private final KeywordEvaluator keywords = new KeywordEvaluator();

        @Override
        public Grade grade(Exchange exchange) {
            gradedAgainst.add(exchange.context());
            return keywords.grade(exchange);
        }

        @Override
        public void prepare(String context) {
            prepared.add(context);
        }
    }

    @Test
    void afterEachPartnerLine_theEvaluatorPreparesTheContextTheNextReplyIsGradedAgainst() {
        RecordingEvaluator evaluator = new RecordingEvaluator();
        Engines engines = new Engines(evaluator, Optional.empty(), new FakePartner(), new FakePartner());
        try (TestServer server = TestServer.start(data, engines); ChatClient chat = server.chat()) {
            // given a chat whose opening line has been heard
            chat.start("late-parcel", "practice");
            Waiting.until(Duration.ofSeconds(10), "the opening prepared", () -> evaluator.prepared.size() == 1);

            // when the learner replies and the partner answers
            JsonNode answer = chat.exchange("I'm sorry, let me look at the order.");
            Waiting.until(Duration.ofSeconds(10), "the answer prepared", () -> evaluator.prepared.size() == 2);

            // then the reply was graded against exactly what was prepared before it, and the answer is prepared next
            assertEquals(List.of(evaluator.prepared.get(0)), evaluator.gradedAgainst);
            String answered = answer.path("text").asText();
            assertTrue(!answered.isBlank() && evaluator.prepared.get(1).endsWith(answered), evaluator.prepared.toString());
        }
    }
}
