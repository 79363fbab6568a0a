package dev.hotseat.account;

/** A refusal that passes with time (429): the client hears after how many seconds trying again may work. */
final class RetryLater extends AccountException {
    private final int seconds;

    RetryLater(String code, String message, int seconds) {
        super(code, 429, message);
        this.seconds = seconds;
    }

    @Override
    public Integer retryAfter() {
        return seconds;
    }
}
