package dev.hotseat.partner;

import java.util.function.Consumer;

/** Writes the persona's next line. Implementations are thread-safe; all per-chat state lives in the request. */
public interface PartnerEngine {

    /**
     * Produces the persona's next line, handing pieces of it to {@code onDelta} as they are produced.
     * With an empty history it produces the opening line.
     */
    PartnerLine reply(PartnerRequest request, Consumer<String> onDelta);
}
