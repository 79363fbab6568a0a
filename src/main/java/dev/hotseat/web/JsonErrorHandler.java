package dev.hotseat.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own answers, for requests it refuses before Javalin sees them (a malformed request line, headers too
 * large): JSON like every other error, with the same security headers, and without Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR_500;
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.forEach(headers::put);
        headers.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        headers.put(ERROR_CACHE_CONTROL);
        response.write(true, body(status), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.forEach(fields::put);
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8"));
        return body(status);
    }

    /** {@code {"error":"bad-request","message":"..."}}, without Jetty's own reason, which may quote internals. */
    static ByteBuffer body(int status) {
        String code = switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "body-too-large";
            case 414 -> "uri-too-long";
            case 431 -> "headers-too-large";
            case 505 -> "http-version";
            default -> status >= 500 ? "internal" : "bad-request";
        };
        String message = "The server could not read this HTTP request (status " + status + "); see docs/protocol.md.";
        String json = "{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}";
        return ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
    }
}
