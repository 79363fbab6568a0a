package dev.hotseat.account;

/**
 * Who sent a request or opened a socket.
 *
 * @param id   the owner recorded on the sessions this person starts
 * @param name the account's name; null for a guest
 */
public record Identity(String id, String name, Role role) {

    /** Someone practising without an account; their sessions belong to their browser's cookie. */
    public boolean guest() {
        return role == Role.GUEST;
    }

    /** A coach account. (Whether a request counts as a coach is decided by {@code web.CoachAuth}, which also takes the coach token.) */
    public boolean coachAccount() {
        return role == Role.COACH;
    }

    /** True when this person started the session owned by {@code owner}. */
    public boolean owns(String owner) {
        return owner != null && owner.equals(id);
    }
}
