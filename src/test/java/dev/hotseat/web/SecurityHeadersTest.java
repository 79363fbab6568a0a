package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.support.HotseatExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page and the API carry a strict Content-Security-Policy and the usual hardening headers. */
@Timeout(30)
class SecurityHeadersTest {
    @RegisterExtension
    static final HotseatExtension hotseat = HotseatExtension.offline().servingPage();

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(hotseat.url() + path.substring(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/app.js", "/style.css", "/api/scenarios", "/api/nope", "/no-such-file"})
    void everyAnswer_forbidsInlineScriptsAndOtherOrigins(String path) throws Exception {
        String policy = get(path).headers().firstValue("Content-Security-Policy").orElse("");

        assertTrue(policy.contains("script-src 'self'"), path + ": " + policy);
        assertTrue(policy.contains("default-src 'self'"), policy);
        assertTrue(policy.contains("object-src 'none'") && policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval") || policy.contains("*"), policy);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/app.js", "/api/scenarios"})
    void everyAnswer_isNeverSniffedFramedOrSentAsReferrer(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""));
    }

    @Test
    void thePage_hasNoInlineScriptOrHandler_soThePolicyCanForbidThem() throws Exception {
        String page = get("/index.html").body();

        assertTrue(page.contains("<script src=\"head.js\" ") && page.contains("data-main=\"app.js\""), page);
        assertFalse(page.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "inline <script> in the page");
        assertFalse(page.matches("(?s).*\\son[a-z]+\\s*=.*"), "inline event handler in the page");
        assertFalse(page.matches("(?s).*\\bstyle\\s*=.*"), "inline style attribute in the page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../pom.xml", "/%2e%2e/pom.xml", "/..%2fpom.xml", "/%2e%2e%2fpom.xml", "/..%5cpom.xml",
        "/.%2e/pom.xml", "/web/../pom.xml", "/%252e%252e/pom.xml", "//etc/passwd", "/..;/pom.xml"})
    void staticFiles_neverServeAnythingOutsideTheWebFolder(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(hotseat.url() + path.substring(1))).build(), HttpResponse.BodyHandlers.ofString());

        assertTrue(response.statusCode() >= 400, path + " → " + response.statusCode());
        assertFalse(response.body().contains("<artifactId>") || response.body().contains("root:"), response.body());
    }

    @Test
    void api_sendsNoCorsHeaders_soOtherSitesCannotReadIt() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(hotseat.url() + "api/scenarios")).header("Origin", "http://evil.example")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), response.headers().toString());
    }
}
