package dev.hotseat.studio;

/** A Character Card that cannot be read; the message says where and what to do. Answered as 400 {@code bad-card}. */
final class CardException extends StudioException {
    CardException(String message) {
        super(400, "bad-card", message);
    }
}
