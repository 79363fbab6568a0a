package dev.hotseat.studio;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Who may use the studio, decided by the server's one coach check (web's CoachAuth) and handed in when it is
 * wired, so the studio needs nothing from web/ and the two packages do not import each other.
 */
@FunctionalInterface
public interface CoachCheck {
    /** Why this request is not a coach's, or empty when it is one. */
    Optional<String> refusal(Context ctx);
}
