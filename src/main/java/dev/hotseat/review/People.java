package dev.hotseat.review;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Who is asking and who the learners are: the review feature's one seam onto accounts, so the coach pages work
 * the same whichever way people sign in.
 */
public interface People {

    /** The name recorded beside a coach's mark, comment or assignment (the request already passed the coach check). */
    String coachName(Context ctx);

    /** The learner this request comes from, if any. */
    Optional<String> learner(Context ctx);

    /** True when a learner of this name exists. */
    boolean exists(String learner);

    /** Throws when this request may not read the session (only its owner and coaches may). */
    void checkCanRead(Context ctx, String session);

    /** The SQL for a session's learner over {@code sessions s}, e.g. {@code s.owner}. */
    String ownerColumn();
}
