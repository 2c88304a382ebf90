package dev.accolade.application.signing;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a request addressed to an issuer by its slug (as signed badge APIs address their tenant)
 * proves about its sender. Never printed with its secrets.
 *
 * @param slug the slug of the issuer the request is for, as given
 * @param proof what the request carries
 */
public record IssuerCredentials(String slug, Proof proof) {

    /** Checks both parts are present. */
    public IssuerCredentials {
        requireNonNull(slug, "slug");
        requireNonNull(proof, "proof");
    }

    /** A key sent as it is: one of the issuer's API keys, or its signing secret. */
    public static IssuerCredentials key(String slug, String key) {
        return new IssuerCredentials(slug, new Key(key));
    }

    /** A request signed with the issuer's signing secret. */
    public static IssuerCredentials signature(String slug, byte[] message, long timestamp, String signature) {
        return new IssuerCredentials(slug, new Signature(message, timestamp, signature));
    }

    /** Nothing at all. */
    public static IssuerCredentials none(String slug) {
        return new IssuerCredentials(slug, new None());
    }

    /** What a request carries to prove it may write. */
    public sealed interface Proof permits Key, Signature, None {
    }

    /**
     * A key sent as it is.
     *
     * @param key the key
     */
    public record Key(String key) implements Proof {

        /** Checks the key is present. */
        public Key {
            requireNonNull(key, "key");
        }

        @Override
        public String toString() {
            return "Key[…]";
        }
    }

    /**
     * The hex HMAC-SHA1 (40 digits) or HMAC-SHA256 (64 digits) of the canonical message, which embeds
     * the timestamp, under the issuer's signing secret.
     *
     * @param message the canonical message that was signed
     * @param timestamp the request's time in seconds since the epoch, as the client stated it
     * @param signature the hex signature
     */
    public record Signature(byte[] message, long timestamp, String signature) implements Proof {

        /** Checks every part is present and copies the message. */
        public Signature {
            message = requireNonNull(message, "message").clone();
            requireNonNull(signature, "signature");
        }

        @Override
        public byte[] message() {
            return message.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Signature that && Arrays.equals(message, that.message)
                    && timestamp == that.timestamp && signature.equals(that.signature);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(message), timestamp, signature);
        }

        @Override
        public String toString() {
            return "Signature[ts=" + timestamp + "]";
        }
    }

    /** Nothing: only the sandbox's open issuer takes it. */
    public record None() implements Proof {
    }
}
