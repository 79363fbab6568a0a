package dev.hotseat.account;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.security.SecureRandom;
import org.springframework.security.crypto.bcrypt.BCrypt;

/** Password rules and hashing: bcrypt from Spring Security Crypto, never our own scheme. */
public final class Passwords {
    static final int MIN_LENGTH = 10;
    /** The shipped list of common passwords long enough to pass the length rule, lower case. */
    private static final Set<String> COMMON = common();
    /** bcrypt reads at most 72 bytes; a longer password would silently lose its tail, so it is refused. */
    static final int MAX_BYTES = 72;
    /** 2^11 rounds: about 0.1 s on one core here; slow for a guesser, quick enough for a sign-in. */
    private static final int COST = 11;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();
    /** Checked against when the name is unknown, so an unknown name takes as long as a wrong password. */
    private final String decoy = BCrypt.hashpw("not-a-password", BCrypt.gensalt(COST));

    /** Checks the rules and returns the hash to store. */
    public String hash(String password) {
        check(password);
        return BCrypt.hashpw(password, BCrypt.gensalt(COST, random));
    }

    /** True when {@code password} matches {@code hash}; a null hash (no account) is checked against a decoy. */
    public boolean matches(String password, String hash) {
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        boolean match = BCrypt.checkpw(password, hash == null ? decoy : hash);
        return match && hash != null;
    }

    /** A new password of 16 letters and digits (about 90 bits), printed once to whoever created the account. */
    public String generate() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    /**
     * The rules a person can understand: at least 10 characters, at most 72 bytes (bcrypt's limit), not a password
     * everyone tries first (the shipped list), not one character over and over.
     */
    static void check(String password) {
        if (password == null || password.strip().length() < MIN_LENGTH) {
            throw weak("The password is too short: use at least " + MIN_LENGTH + " characters (a few words make a"
                    + " good one).");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw weak("The password is longer than " + MAX_BYTES + " bytes, more than bcrypt can use: choose a"
                    + " shorter one.");
        }
        String plain = password.strip().toLowerCase(Locale.ROOT);
        if (COMMON.contains(plain) || plain.chars().distinct().count() == 1) {
            throw weak("That password is one of the first anyone would try: choose another (a few words make a"
                    + " good one).");
        }
    }

    private static AccountException weak(String message) {
        return new AccountException("weak-password", 400, message);
    }

    private static Set<String> common() {
        try (InputStream in = Passwords.class.getResourceAsStream("common-passwords.txt")) {
            String text = new String(Objects.requireNonNull(in, "common-passwords.txt is missing from the jar")
                    .readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the common-password list", e);
        }
    }
}
