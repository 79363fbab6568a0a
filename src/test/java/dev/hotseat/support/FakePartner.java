package dev.hotseat.support;

import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.partner.PartnerEngine;
import dev.hotseat.partner.PartnerLine;
import dev.hotseat.partner.PartnerRequest;
import dev.hotseat.core.Mood;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A persona that echoes the learner, word by word: calmer after an apology, angrier after blame; a reply with
 * "refund" resolves, "goodbye" makes it walk out. Waits {@code delayMillis} before speaking, to expose ordering bugs.
 */
public final class FakePartner implements PartnerEngine {
    private final long delayMillis;

    public FakePartner() {
        this(0);
    }

    public FakePartner(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    @Override
    public PartnerLine reply(PartnerRequest request, Consumer<String> onDelta) {
        pause();
        if (request.opening()) {
            return say("Where is my parcel, order 4411?", request.mood(), "opening", null, onDelta);
        }
        List<Turn> history = request.history();
        String reply = history.get(history.size() - 1).text();
        String lower = reply.toLowerCase(Locale.ROOT);
        int change = request.findings().detected("apology") ? -10 : 0;
        change += request.findings().detected("blame") ? 20 : 0;
        Mood mood = Mood.of(request.mood().level() + change);
        if (lower.contains("refund")) {
            return say("Fine, a refund works.", Mood.of(10), "accept", Outcome.RESOLVED, onDelta);
        }
        if (lower.contains("goodbye")) {
            return say("I'm done here.", Mood.of(100), "walk-out", Outcome.WALKED_OUT, onDelta);
        }
        return say("You said: " + reply, mood, "pushback", null, onDelta);
    }

    private static PartnerLine say(String text, Mood mood, String move, Outcome outcome, Consumer<String> onDelta) {
        for (String word : text.split("(?<= )")) {
            onDelta.accept(word);
        }
        return new PartnerLine(text, mood, move, outcome);
    }

    private void pause() {
        Waiting.pause(java.time.Duration.ofMillis(delayMillis));
    }
}
