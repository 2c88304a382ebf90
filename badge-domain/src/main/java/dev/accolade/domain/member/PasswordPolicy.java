package dev.accolade.domain.member;

import dev.accolade.domain.common.Check;

/** What a password must be: 8 to 128 characters, taken exactly as typed (never trimmed). */
public final class PasswordPolicy {

    /** The fewest characters accepted. */
    public static final int MIN_LENGTH = 8;
    /** The most characters accepted. */
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The password itself when it follows the policy. */
    public static String check(String password) {
        if (password == null || password.isEmpty()) {
            throw Check.blank("password");
        }
        int length = Check.length(password);
        if (length > MAX_LENGTH) {
            throw Check.tooLong("password", MAX_LENGTH);
        }
        if (length < MIN_LENGTH) {
            throw Check.fail("password", "too_short", "is too short (minimum is " + MIN_LENGTH + " characters)");
        }
        return password;
    }
}
