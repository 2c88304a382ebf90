package dev.accolade.application.credential;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A document anyone may fetch by its public URL: what it is and its bytes. A gone document is what a
 * revoked credential's URL answers, with the body saying why.
 *
 * @param mediaType its media type, such as {@code application/ld+json}
 * @param body its bytes
 * @param gone whether what it stood for was withdrawn
 */
public record PublicDocument(String mediaType, byte[] body, boolean gone) {

    /** JSON-LD. */
    public static final String JSON_LD = "application/ld+json";
    /** A VC-JWT. */
    public static final String VC_JWT = "application/vc+jwt";
    /** A JSON Web Key. */
    public static final String JWK = "application/jwk+json";
    /** A PNG image. */
    public static final String PNG = "image/png";
    /** An SVG image. */
    public static final String SVG = "image/svg+xml";

    /** Checks both parts are present and keeps a copy of the bytes. */
    public PublicDocument {
        requireNonNull(mediaType, "mediaType");
        body = requireNonNull(body, "body").clone();
    }

    /** A text document of this media type. */
    public static PublicDocument text(String mediaType, String text) {
        return new PublicDocument(mediaType, text.getBytes(StandardCharsets.UTF_8), false);
    }

    /** A JSON-LD document that says what it stood for was withdrawn. */
    public static PublicDocument gone(String text) {
        return new PublicDocument(JSON_LD, text.getBytes(StandardCharsets.UTF_8), true);
    }

    /** The bytes, copied. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublicDocument that && mediaType.equals(that.mediaType) && gone == that.gone
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return mediaType.hashCode() * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "PublicDocument[" + mediaType + ", " + body.length + " bytes" + (gone ? ", gone" : "") + "]";
    }
}
