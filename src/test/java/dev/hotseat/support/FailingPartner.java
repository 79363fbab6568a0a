package dev.hotseat.support;

import dev.hotseat.partner.PartnerEngine;
import dev.hotseat.partner.PartnerLine;
import dev.hotseat.partner.PartnerRequest;
import java.util.function.Consumer;

/** A language-model persona whose connection dies after the first few words of every line but the opening. */
public final class FailingPartner implements PartnerEngine {
    private final PartnerEngine opening = new FakePartner();

    @Override
    public PartnerLine reply(PartnerRequest request, Consumer<String> onDelta) {
        if (request.opening()) {
            return opening.reply(request, onDelta);
        }
        onDelta.accept("I am so ");
        throw new IllegalStateException("connection reset by model server");
    }
}
