package dev.accolade.application.verification;

/** What can be presented for verification. */
public enum PresentedKind {
    /** A baked PNG image. */
    PNG,
    /** A baked SVG image. */
    SVG,
    /** An Open Badges 2.0 assertion or an Open Badges 3.0 credential, as JSON. */
    JSON,
    /** An Open Badges 3.0 credential as a compact VC-JWT. */
    JWT,
    /** The URL of a hosted assertion or credential. */
    URL
}
