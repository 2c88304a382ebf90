package dev.accolade.application.credential;

/** Which credential an image carries, and in which image format. */
public enum BakedKind {
    /** The Open Badges 2.0 Assertion in a PNG. */
    OB2_PNG,
    /** The Open Badges 2.0 Assertion in an SVG. */
    OB2_SVG,
    /** The Open Badges 3.0 credential in a PNG. */
    OB3_PNG,
    /** The Open Badges 3.0 credential in an SVG. */
    OB3_SVG
}
