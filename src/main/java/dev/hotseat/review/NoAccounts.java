package dev.hotseat.review;

import io.javalin.http.Context;
import java.util.Optional;

/** People before accounts exist: one coach holding the token, no known learners, sessions readable by their id. */
public final class NoAccounts implements People {
    @Override
    public String coachName(Context ctx) {
        return "coach";
    }

    @Override
    public Optional<String> learner(Context ctx) {
        return Optional.empty();
    }

    @Override
    public boolean exists(String learner) {
        return false;
    }

    @Override
    public void checkCanRead(Context ctx, String session) {
        // Without accounts a session id is the only key, as for GET /api/sessions/{id}.
    }

    @Override
    public String ownerColumn() {
        return "NULL";
    }
}
