package dev.hotseat.support;

import dev.hotseat.conversation.Engines;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.core.Grade;
import dev.hotseat.partner.PartnerEngine;
import dev.hotseat.partner.PartnerLine;
import dev.hotseat.partner.PartnerRequest;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Engines that hang on every learner reply until {@link #release()}: a persona whose model never answers and a
 * judge that never answers. The opening line still comes, so a session can start. Counts the calls it got.
 */
public final class HangingEngines implements AutoCloseable {
    private final CountDownLatch gate = new CountDownLatch(1);
    private final CountDownLatch called = new CountDownLatch(2);
    private final PartnerEngine opening = new FakePartner();

    /** Fast offline findings, then a hanging judge and a hanging persona (the scripted fallback never runs). */
    public Engines engines() {
        Evaluator judge = exchange -> hang(() -> new KeywordEvaluator("llm").grade(exchange));
        PartnerEngine persona = this::reply;
        return new Engines(new KeywordEvaluator(), Optional.of(judge), persona, new FakePartner());
    }

    /** True once both the judge and the persona have been called and are hanging. */
    public boolean bothHanging(long seconds) throws InterruptedException {
        return called.await(seconds, TimeUnit.SECONDS);
    }

    /** Lets every hanging call finish. */
    public void release() {
        gate.countDown();
    }

    @Override
    public void close() {
        release();
    }

    private PartnerLine reply(PartnerRequest request, Consumer<String> onDelta) {
        if (request.opening()) {
            return opening.reply(request, onDelta);
        }
        return hang(() -> opening.reply(request, onDelta));
    }

    private <T> T hang(java.util.function.Supplier<T> then) {
        called.countDown();
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hanging", e);
        }
        return then.get();
    }

    /** An evaluator that always throws, standing for an offline evaluator that broke on this reply. */
    public static Evaluator throwing() {
        return new Evaluator() {
            @Override
            public Grade grade(Exchange exchange) {
                throw new IllegalStateException("evaluator exploded on '" + exchange.reply() + "'");
            }
        };
    }
}
