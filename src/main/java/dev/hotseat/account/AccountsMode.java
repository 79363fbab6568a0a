package dev.hotseat.account;

import java.util.Locale;

/** {@code --accounts}: who may practise, and whether visitors may make an account of their own. */
public enum AccountsMode {
    /** Anyone practises at once as a guest; accounts are made by a coach or on the server's command line. */
    GUESTS,
    /** As {@link #GUESTS}, and a visitor may also sign up for a learner account of their own. */
    OPEN,
    /** Nobody practises without signing in; accounts are made by a coach or on the command line. */
    REQUIRED;

    /** The mode a flag names; null when the text names none. */
    public static AccountsMode of(String text) {
        for (AccountsMode mode : values()) {
            if (mode.name().equalsIgnoreCase(String.valueOf(text).strip())) {
                return mode;
            }
        }
        return null;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean guestsAllowed() {
        return this != REQUIRED;
    }
}
