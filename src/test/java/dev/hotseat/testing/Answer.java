package dev.hotseat.testing;

import java.time.Duration;
import java.util.List;

/**
 * What the fake model server does for one model call: answer with these chunks (streamed one by one, or joined
 * when the client did not ask for a stream), or fail with an HTTP status, possibly late or stalling.
 *
 * @param delay      wait before the response headers
 * @param perChunk   wait before each streamed chunk
 * @param stallAfter index of the chunk before which the stream goes silent (-1: never)
 * @param stall      how long it stays silent before the server hangs up
 */
public record Answer(int status, List<String> chunks, Duration delay, Duration perChunk, int stallAfter,
                     Duration stall) {

    public static Answer text(String... chunks) {
        return new Answer(200, List.of(chunks), Duration.ZERO, Duration.ZERO, -1, Duration.ZERO);
    }

    public static Answer status(int status) {
        return new Answer(status, List.of(), Duration.ZERO, Duration.ZERO, -1, Duration.ZERO);
    }

    /** Waits this long before answering at all. */
    public Answer after(Duration wait) {
        return new Answer(status, chunks, wait, perChunk, stallAfter, stall);
    }

    /** Waits this long before each chunk (a model's token latency). */
    public Answer every(Duration wait) {
        return new Answer(status, chunks, delay, wait, stallAfter, stall);
    }

    /** Sends {@code chunks} chunks, then goes silent for {@code silence} and hangs up. */
    public Answer stallingAfter(int count, Duration silence) {
        return new Answer(status, chunks, delay, perChunk, count, silence);
    }
}
