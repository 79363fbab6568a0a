package dev.hotseat.web;

/**
 * How the server faces the network: where it listens, which host names it answers to, and how much it takes.
 *
 * @param host         the address to listen on, e.g. 127.0.0.1 (the default) or 0.0.0.0
 * @param publicUrl    the URL learners use when it is not a loopback one; "" for none
 * @param maxTurns     turns queued or running server-wide before starts and replies are answered {@code busy}
 * @param startRate    session starts per minute per client address (0: no limit)
 * @param evaluateRate {@code POST /api/evaluate} calls per minute per client address (0: no limit)
 * @param loginRate    {@code POST /api/login} attempts per minute per client address (0: no limit)
 */
public record WireSettings(String host, String publicUrl, int maxTurns, int startRate, int evaluateRate, int loginRate) {

    /** Loopback only, no rate limits: what tests and benches get unless they ask for more. */
    public static WireSettings local() {
        return new WireSettings("127.0.0.1", "", 256, 0, 0, 0);
    }
}
