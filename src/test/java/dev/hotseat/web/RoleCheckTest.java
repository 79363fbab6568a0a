package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.route.Role;
import dev.hotseat.route.Route;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One role check guards every route, read from the server's own route table rather than listed by hand: a new coach
 * route is covered the day it is declared.
 */
@Timeout(120)
class RoleCheckTest {
    @RegisterExtension
    static final HotseatExtension hotseat = HotseatExtension.offline().withAccount("Lee", "learner", "learner-password-1")
            .withAccount("Cam", "coach", "coach-password-1");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyCoachRoute_answersAStranger401_aGuestOrLearnerAccount403_andLetsTheCoachThrough() throws Exception {
        TestServer server = hotseat.server();
        List<Route> coachOnly = server.routes().stream().filter(r -> r.roles().equals(Set.of(Role.COACH))).toList();
        String guest = server.newGuestCookie();
        String learner = server.signIn("Lee", "learner-password-1");
        List<String> wrong = new ArrayList<>();

        for (Route route : coachOnly) {
            expect(wrong, route, 401, "unauthorized", call(route, null, null));
            expect(wrong, route, 403, "coach-only", call(route, guest, null));
            expect(wrong, route, 403, "coach-only", call(route, learner, null));
            int coach = call(route, null, TestServer.COACH_TOKEN).statusCode();
            if (coach == 401 || coach == 403) {
                wrong.add(route.method() + " " + route.path() + " refused the coach: " + coach);
            }
        }

        assertTrue(coachOnly.size() >= 25, "coach routes in the table: " + coachOnly.size());
        assertEquals(List.of(), wrong);
    }

    @Test
    void aSignedInCoachAccount_isEnough_evenBesideAStaleToken() throws Exception {
        TestServer server = hotseat.server();
        String coach = server.signIn("Cam", "coach-password-1");
        List<Route> coachOnly = server.routes().stream().filter(r -> r.roles().equals(Set.of(Role.COACH))
                && r.method().equals("GET") && !r.path().contains("{")).toList();
        List<String> wrong = new ArrayList<>();

        for (Route route : coachOnly) {
            int answer = call(route, coach, "not-the-token").statusCode();
            if (answer == 401 || answer == 403) {
                wrong.add(route.method() + " " + route.path() + " refused the coach account: " + answer);
            }
        }

        assertTrue(coachOnly.size() >= 5, "GET coach routes without ids: " + coachOnly.size());
        assertEquals(List.of(), wrong);
        assertEquals(401, call(coachOnly.getFirst(), null, "not-the-token").statusCode(), "a wrong token alone");
    }

    @Test
    void everyOwnersRoute_answersAnyoneElse404_asIfTheSessionDidNotExist() throws Exception {
        TestServer server = hotseat.server();
        String session;
        try (ChatClient owner = server.chat()) {
            session = owner.start("late-parcel", "practice");
        }
        List<Route> owners = server.routes().stream().filter(r -> r.roles().contains(Role.OWNER)).toList();
        String stranger = server.newGuestCookie();
        List<String> wrong = new ArrayList<>();

        for (Route route : owners) {
            HttpResponse<String> answer = call(route.method(), route.path().replace("{id}", session), stranger, null);
            expect(wrong, route, 404, "unknown-session", answer);
        }

        assertTrue(owners.size() >= 7, "owner routes in the table: " + owners.size());
        assertEquals(List.of(), wrong);
        assertEquals(200, server.get("/api/sessions/" + session).statusCode(), "the owner reads it");
    }

    @Test
    void everyRoute_declaresWhoMayCallIt() {
        for (Route route : hotseat.server().routes()) {
            assertTrue(!route.roles().isEmpty(), route.toString());
        }
    }

    private static void expect(List<String> wrong, Route route, int status, String code, HttpResponse<String> answer) {
        String got = TestServer.json(answer).path("error").asText();
        if (answer.statusCode() != status || !got.equals(code)) {
            wrong.add(route.method() + " " + route.path() + ": " + answer.statusCode() + " " + got + ", not " + status
                    + " " + code);
        }
    }

    private HttpResponse<String> call(Route route, String cookie, String token) throws Exception {
        // Path parameters are filled with a value no handler would accept: the check comes before any handler.
        return call(route.method(), route.path().replaceAll("\\{[^}]+}", "x"), cookie, token);
    }

    private HttpResponse<String> call(String method, String path, String cookie, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hotseat.url() + path.substring(1)))
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
