package dev.accolade.domain.credential;

import java.util.Locale;

/** What verifying a credential concluded. */
public enum Verdict {
    /** Every check passed: the issuer said this, it still stands and it has not expired. */
    VERIFIED,
    /** The credential is authentic, and its issuer has revoked it. */
    REVOKED,
    /** The credential is authentic, and its validity has ended. */
    EXPIRED,
    /** The credential was changed after it was signed, or does not match what its issuer hosts. */
    TAMPERED,
    /** The credential could not be checked: not a credential, or its issuer's documents could not be had. */
    UNVERIFIABLE;

    /** The lower-case name used on the wire. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
