package dev.hotseat.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON setup used on the wire and in the store: times as ISO-8601 text, unknown fields tolerated,
 * text after the JSON value refused.
 */
public final class WireJson {
    private WireJson() {
    }

    /** A new mapper with Hotseat's settings. */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // '{"type":"end"} garbage' is not one JSON message: refuse it rather than act on half of it.
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
