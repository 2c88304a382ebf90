package dev.accolade.application.showcase;

/** How an award stands for whoever checks it. */
public enum AwardState {
    /** Issued and still valid. */
    VERIFIED,
    /** Withdrawn by its issuer. */
    REVOKED,
    /** Past its expiry. */
    EXPIRED
}
