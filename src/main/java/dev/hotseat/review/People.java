package dev.hotseat.review;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Who is asking and who the learners are: the review feature's one seam onto accounts, so it needs no more of
 * them than these few questions. Who may call which route is declared with each route ({@code route.Role}).
 */
public interface People {

    /** The name recorded beside a coach's mark, comment or assignment (the request already passed the coach check). */
    String coachName(Context ctx);

    /** The signed-in learner's name, if the request comes from one. */
    Optional<String> learner(Context ctx);

    /** The learner account with this name (ignoring case), as the account spells it. */
    Optional<String> learnerNamed(String name);

    /** SQL for a session's learner name over {@code sessions s}; null for a session nobody owns. */
    String ownerColumn();
}
