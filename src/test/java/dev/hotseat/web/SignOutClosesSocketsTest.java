package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A socket opened before a sign-out does not go on acting as the person: signing out closes that sign-in's sockets. */
@Timeout(60)
class SignOutClosesSocketsTest {
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline().withAccount("Lee", "learner", "learner-password-1");

    @Test
    void signingOut_closesTheSocketsOfThatSignIn_andLeavesAnotherSignInsSocketOpen() throws Exception {
        String laptop = hotseat.signIn("Lee", "learner-password-1");
        String phone = hotseat.signIn("Lee", "learner-password-1");
        try (ChatClient onLaptop = hotseat.chatAs(laptop); ChatClient onPhone = hotseat.chatAs(phone)) {
            onLaptop.start("late-parcel", "practice");
            onPhone.start("late-parcel", "practice");

            HttpResponse<String> out = hotseat.post("/api/logout", "", "Cookie", laptop);
            JsonNode told = onLaptop.next("error");
            JsonNode closed = onLaptop.next("closed");

            assertEquals(204, out.statusCode());
            assertEquals("signed-out", told.path("code").asText(), told.toString());
            assertEquals(1008, closed.path("code").asInt(), closed.toString());
            assertTrue(onPhone.exchange("I'm sorry, let me check.").path("text").asText().length() > 0,
                    "the other sign-in's socket goes on");
        }
    }
}
