package dev.hotseat.account;

import java.time.Duration;

/**
 * A new server-side sign-in: the secret for the cookie (only its hash is stored) and who it is.
 *
 * @param lasts how long the cookie should be kept by the browser
 */
public record SignIn(String token, Identity identity, Duration lasts) {
}
