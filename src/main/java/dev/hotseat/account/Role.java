package dev.hotseat.account;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a person may do: practise (learner, or a guest who has no account yet) or also review everyone (coach). */
public enum Role {
    LEARNER, COACH, GUEST;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role an account can be created with: learner or coach (a guest is never created by hand). */
    public static Role ofAccount(String text) {
        String wanted = String.valueOf(text).strip().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "learner" -> LEARNER;
            case "coach" -> COACH;
            default -> throw new AccountException("bad-role", 400,
                    "Unknown role '" + text + "' (an account is a learner or a coach)");
        };
    }

    static Role ofStored(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
