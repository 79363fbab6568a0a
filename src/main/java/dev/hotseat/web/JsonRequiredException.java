package dev.hotseat.web;

import dev.hotseat.input.BadMessageException;
import dev.hotseat.input.Rejection;

/** A body that is not declared JSON, sent to a route that takes JSON ({@code json-required}, 415). */
public class JsonRequiredException extends Rejection {
    public JsonRequiredException(String route, String type) {
        super("json-required", 415, route + " takes a JSON body sent as 'Content-Type: application/json', not '"
                + BadMessageException.quote(String.valueOf(type)) + "'");
    }
}
