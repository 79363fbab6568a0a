package dev.hotseat.conversation;

import java.util.Optional;

/** Who each session belongs to: the id of the person (account or guest) who started it. */
public interface SessionOwners {

    /** Records that {@code owner} started {@code sessionId}. */
    void own(String sessionId, String owner);

    /** The owner, if the session exists and has one (sessions from before accounts have none: coaches only). */
    Optional<String> ownerOf(String sessionId);
}
