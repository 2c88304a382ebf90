package dev.accolade.domain.request;

/** Where a request to be awarded stands; it is answered once. */
public enum RequestStatus {
    /** Waiting for the issuer. */
    PENDING,
    /** The issuer granted it; an award was made. */
    ACCEPTED,
    /** The issuer declined it. */
    REJECTED
}
