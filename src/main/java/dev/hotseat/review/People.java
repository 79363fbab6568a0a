package dev.hotseat.review;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;

/**
 * Who is asking and who the learners are: the review feature's one seam onto accounts, so it needs no more of
 * them than these few questions.
 */
public interface People {

    /** Wraps a coach-only handler: a coach (token or account) passes, a signed-in learner gets 403, anyone else 401. */
    Handler coachOnly(Handler handler);

    /** The name recorded beside a coach's mark, comment or assignment (the request already passed the coach check). */
    String coachName(Context ctx);

    /** The signed-in learner's name, if the request comes from one. */
    Optional<String> learner(Context ctx);

    /** The learner account with this name (ignoring case), as the account spells it. */
    Optional<String> learnerNamed(String name);

    /** Throws when this request may not read the session (only its owner and coaches may). */
    void checkCanRead(Context ctx, String session);

    /** SQL for a session's learner name over {@code sessions s}; null for a session nobody owns. */
    String ownerColumn();
}
