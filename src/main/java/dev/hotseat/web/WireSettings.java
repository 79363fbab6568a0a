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
 * @param grading      how long the offline grading of one reply may take, its wait for a grader included
 */
public record WireSettings(String host, String publicUrl, int maxTurns, int startRate, int evaluateRate, int loginRate,
                           java.time.Duration grading) {
    /** What a server is started with when nobody says otherwise: the budget of a second, with room to answer. */
    public static final java.time.Duration GRADING = java.time.Duration.ofMillis(600);

    /**
     * With a grading budget of a minute: what tests start with when they check limits and hosts, not speed (a test
     * machine under load may take longer than 600 ms over a grade).
     */
    public WireSettings(String host, String publicUrl, int maxTurns, int startRate, int evaluateRate, int loginRate) {
        this(host, publicUrl, maxTurns, startRate, evaluateRate, loginRate, java.time.Duration.ofSeconds(60));
    }

    /** Loopback only, no rate limits: the settings' defaults for how the server faces the network. */
    public static WireSettings local() {
        return new WireSettings("127.0.0.1", "", 256, 0, 0, 0, GRADING);
    }
}
