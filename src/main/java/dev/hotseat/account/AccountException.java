package dev.hotseat.account;

/** A sign-in, new account or cookie that cannot be taken. */
public class AccountException extends Refusal {

    public AccountException(String code, int status, String message) {
        super(code, status, message);
    }

    /** Wrong password and unknown name get the same answer, so a stranger cannot list who has an account. */
    static AccountException wrongCredentials() {
        return new AccountException("wrong-credentials", 401,
                "That name and password do not match an account: check both (names ignore upper and lower case).");
    }

    static AccountException nameTaken(String name) {
        return new AccountException("name-taken", 409,
                "The name '" + quote(name) + "' is already taken: choose another.");
    }

    /** A cookie that names no sign-in: forged, tampered with, signed out elsewhere, or expired. */
    public static AccountException badCookie() {
        return new AccountException("bad-cookie", 401,
                "This browser's sign-in cookie is not valid (expired, signed out, or altered). It has been cleared:"
                        + " reload the page to continue as a guest, or sign in again.");
    }

    public static AccountException signInRequired() {
        return new AccountException("sign-in-required", 401,
                "This Hotseat needs an account: sign in first (ask your coach for one).");
    }

    static String quote(String text) {
        String printable = String.valueOf(text).replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 60 ? printable : printable.substring(0, 60) + "…";
    }
}
