package dev.hotseat.history;

import dev.hotseat.account.Refusal;

/** A share link that does not open: never made (forged or mistyped), or revoked by the learner. */
public class ShareException extends Refusal {

    private ShareException(String code, int status, String message) {
        super(code, status, message);
    }

    static ShareException unknown() {
        return new ShareException("unknown-share", 404,
                "This share link does not exist: check that it was copied whole, or ask the learner for a new one.");
    }

    static ShareException revoked() {
        return new ShareException("share-revoked", 410,
                "The learner has withdrawn this share link: ask them for a new one if you still need the report.");
    }
}
