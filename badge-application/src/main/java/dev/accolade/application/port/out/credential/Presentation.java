package dev.accolade.application.port.out.credential;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * Something presented for verification, as it came.
 *
 * @param kind what it is
 * @param content its bytes
 */
public record Presentation(Kind kind, byte[] content) {

    /** What can be presented. */
    public enum Kind {
        /** A baked PNG image. */
        PNG,
        /** A baked SVG image. */
        SVG,
        /** A credential or assertion as JSON. */
        JSON,
        /** A VC-JWT, compact. */
        JWT,
        /** The URL of a hosted assertion or credential. */
        URL
    }

    /** Checks both parts are present and keeps a copy of the bytes. */
    public Presentation {
        requireNonNull(kind, "kind");
        content = requireNonNull(content, "content").clone();
    }

    /** The bytes, copied. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Presentation that && kind == that.kind && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Presentation[" + kind + ", " + content.length + " bytes]";
    }
}
