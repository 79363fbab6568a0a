package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.route.Route;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A page elsewhere cannot act through a visitor's browser (issue 22, item 3): every route that changes something,
 * read from the route table, refuses a foreign Origin or Sec-Fetch-Site with 403 {@code cross-origin} (sign-in
 * too), and a JSON route refuses a body that is not declared JSON with 415 {@code json-required}.
 */
@Timeout(120)
class CrossSiteRequestTest {
    @RegisterExtension
    static final HotseatExtension hotseat = HotseatExtension.offline().withAccount("Ada", "coach", "coach-password-1");
    private final HttpClient http = HttpClient.newHttpClient();

    private List<Route> changing() {
        return hotseat.server().routes().stream().filter(Route::changesState).toList();
    }

    @Test
    void everyRouteThatChangesSomething_refusesAForeignOrigin_evenAnotherPortOfTheSameHost() throws Exception {
        String coach = hotseat.server().signIn("Ada", "coach-password-1");
        List<String> wrong = new ArrayList<>();
        for (Route route : changing()) {
            for (String origin : List.of("https://evil.example", "http://localhost:1", "null")) {
                HttpResponse<String> answer = send(route, coach, "application/json", "Origin", origin);
                check(wrong, route, origin, answer, 403, "cross-origin");
            }
        }

        assertTrue(changing().size() >= 15, "routes that change something: " + changing().size());
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyRouteThatChangesSomething_refusesARequestTheBrowserSaysIsFromAnotherSite() throws Exception {
        String coach = hotseat.server().signIn("Ada", "coach-password-1");
        List<String> wrong = new ArrayList<>();
        for (Route route : changing()) {
            for (String site : List.of("same-site", "cross-site")) {
                check(wrong, route, site, send(route, coach, "application/json", "Sec-Fetch-Site", site), 403, "cross-origin");
            }
        }

        assertEquals(List.of(), wrong);
    }

    @Test
    void everyJsonRoute_refusesAFormOrPlainTextBody() throws Exception {
        String coach = hotseat.server().signIn("Ada", "coach-password-1");
        List<String> wrong = new ArrayList<>();
        for (Route route : changing().stream().filter(r -> !r.anyBody()).toList()) {
            for (String type : List.of("text/plain", "application/x-www-form-urlencoded")) {
                check(wrong, route, type, send(route, coach, type, "Sec-Fetch-Site", "same-origin"), 415, "json-required");
            }
        }

        assertEquals(List.of(), wrong);
    }

    @Test
    void ourOwnPage_passesTheCheck_withItsOriginAndJson() throws Exception {
        String coach = hotseat.server().signIn("Ada", "coach-password-1");
        String self = "http://localhost:" + hotseat.port();
        List<String> wrong = new ArrayList<>();
        for (Route route : changing()) {
            HttpResponse<String> answer = send(route, coach, "application/json", "Origin", self, "Sec-Fetch-Site",
                    "same-origin");
            String code = TestServer.json(answer).path("error").asText();
            if (code.equals("cross-origin") || code.equals("json-required")) {
                wrong.add(route.method() + " " + route.path() + ": " + answer.body());
            }
        }

        assertEquals(List.of(), wrong);
    }

    @Test
    void aSignInPostedFromAnotherPort_asPlainText_signsNobodyIn() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(hotseat.url() + "api/login"))
                .header("Content-Type", "text/plain").header("Origin", "http://localhost:1")
                .header("Sec-Fetch-Site", "same-site")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ada\",\"password\":\"coach-password-1\",\"claim\":true}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(403, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Set-Cookie").isEmpty(), "no sign-in cookie");
    }

    private static void check(List<String> wrong, Route route, String with, HttpResponse<String> answer, int status,
                              String code) {
        String got = TestServer.json(answer).path("error").asText();
        if (answer.statusCode() != status || !got.equals(code)) {
            wrong.add(route.method() + " " + route.path() + " with " + with + ": " + answer.statusCode() + " " + got);
        }
    }

    private HttpResponse<String> send(Route route, String cookie, String type, String... headers) throws Exception {
        String path = route.path().replaceAll("\\{[^}]+}", "x");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hotseat.url() + path.substring(1)))
                .method(route.method(), HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}"))
                .header("Content-Type", type).header("Cookie", cookie);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
