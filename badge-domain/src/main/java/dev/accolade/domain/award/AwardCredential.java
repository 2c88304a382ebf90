package dev.accolade.domain.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.PublicId;
import java.util.regex.Pattern;

/**
 * What makes an award a portable credential, fixed when it is made: the public id its credentials are
 * found under, the random salt its recipient's identity is hashed with, and its status list slot.
 *
 * @param id the public id
 * @param salt the recipient hash's salt, 32 random letters and digits
 * @param status where its revocation bit lives
 */
public record AwardCredential(PublicId id, String salt, StatusSlot status) {

    /** How many letters and digits a salt has. */
    public static final int SALT_LENGTH = 32;
    private static final Pattern SALT = Pattern.compile("[A-Za-z0-9]{" + SALT_LENGTH + "}");

    /** Checks every part. */
    public AwardCredential {
        requireNonNull(id, "id");
        requireNonNull(status, "status");
        if (salt == null || !SALT.matcher(salt).matches()) {
            throw Check.invalid("salt", "must be " + SALT_LENGTH + " letters and digits");
        }
    }
}
