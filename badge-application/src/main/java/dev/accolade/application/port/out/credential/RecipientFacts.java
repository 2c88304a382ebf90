package dev.accolade.application.port.out.credential;

import static java.util.Objects.requireNonNull;

/**
 * Who a credential is for, hashed: the Open Badges identity type, the {@code sha256$} hash of the
 * identity with the salt, and the salt.
 *
 * @param type {@code email}, or {@code url} for a member or a handle (the URL of their public profile)
 * @param identityHash {@code sha256$} and the hex hash
 * @param salt what was hashed with the identity
 * @param subjectId an opaque URI for the credential's subject ({@code urn:uuid:…}), fixed for the award,
 *     which says nothing of who the recipient is
 */
public record RecipientFacts(String type, String identityHash, String salt, String subjectId) {

    /** The type of an email address. */
    public static final String EMAIL = "email";
    /** The type of a profile URL. */
    public static final String URL = "url";

    /** Checks every part is present. */
    public RecipientFacts {
        requireNonNull(type, "type");
        requireNonNull(identityHash, "identityHash");
        requireNonNull(salt, "salt");
        requireNonNull(subjectId, "subjectId");
    }
}
