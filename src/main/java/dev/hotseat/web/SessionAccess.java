package dev.hotseat.web;

import dev.hotseat.account.Identity;
import dev.hotseat.conversation.SessionOwners;
import dev.hotseat.conversation.UnknownSessionException;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A session belongs to whoever started it and to coaches. Anyone else is told it does not exist (404 over
 * HTTP, {@code unknown-session} on the socket), so a stranger cannot even learn that an id is real.
 */
public record SessionAccess(SessionOwners owners, Visitors visitors, CoachAuth coach) {
    /** Returns quietly when this request may see session {@code id}; throws {@link UnknownSessionException} otherwise. */
    void check(Context ctx, String id) {
        if (coach.isCoach(ctx)) {
            return;
        }
        Optional<Identity> who = visitors.current(ctx);
        if (who.isEmpty() || !who.get().owns(owners.ownerOf(id).orElse(null))) {
            throw new UnknownSessionException(id);
        }
    }

    /** Same as {@link #check}, but only for the owner: coaches read, only the learner may delete or share. */
    Identity checkOwner(Context ctx, String id) {
        Optional<Identity> who = visitors.current(ctx);
        if (who.isEmpty() || !who.get().owns(owners.ownerOf(id).orElse(null))) {
            throw new UnknownSessionException(id);
        }
        return who.get();
    }

    /** What a socket's identity may resume: its own sessions, or every session for a coach. */
    Predicate<String> forSocket(Identity who) {
        boolean isCoach = coach.isCoach(who);
        return owner -> isCoach || who.owns(owner);
    }
}
