package dev.accolade.domain.offer;

/** Where an offer stands; it is answered once. */
public enum OfferStatus {
    /** Waiting for the recipient. */
    PENDING,
    /** The recipient took it; an award was made. */
    ACCEPTED,
    /** The recipient declined it. */
    REJECTED,
    /** The issuer withdrew it. */
    CANCELLED
}
