package dev.accolade.application.port.in.issuer;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a request to a service (an issuer named by its slug, as badge services name it) proves about
 * its sender. Never printed with its secrets.
 */
public sealed interface ServiceCredentials {

    /** The slug of the service the request is for, as given. */
    String service();

    /**
     * A key sent as it is: one of the issuer's API keys, or its signing secret.
     *
     * @param service the service's slug
     * @param key the key
     */
    record Key(String service, String key) implements ServiceCredentials {

        /** Checks both parts are present. */
        public Key {
            requireNonNull(service, "service");
            requireNonNull(key, "key");
        }

        @Override
        public String toString() {
            return "Key[" + service + "]";
        }
    }

    /**
     * A request signed with the issuer's signing secret: the hex HMAC-SHA1 (40 digits) or HMAC-SHA256
     * (64 digits) of the canonical message, which embeds the timestamp.
     *
     * @param service the service's slug
     * @param message the canonical message that was signed
     * @param timestamp the request's time in seconds since the epoch, as the client stated it
     * @param signature the hex signature
     */
    record Signature(String service, byte[] message, long timestamp, String signature)
            implements ServiceCredentials {

        /** Checks every part is present and copies the message. */
        public Signature {
            requireNonNull(service, "service");
            message = requireNonNull(message, "message").clone();
            requireNonNull(signature, "signature");
        }

        @Override
        public byte[] message() {
            return message.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Signature that && service.equals(that.service)
                    && Arrays.equals(message, that.message) && timestamp == that.timestamp
                    && signature.equals(that.signature);
        }

        @Override
        public int hashCode() {
            return Objects.hash(service, Arrays.hashCode(message), timestamp, signature);
        }

        @Override
        public String toString() {
            return "Signature[" + service + ", ts=" + timestamp + "]";
        }
    }

    /**
     * Nothing: only the sandbox's open service takes it.
     *
     * @param service the service's slug
     */
    record None(String service) implements ServiceCredentials {

        /** Checks the service is present. */
        public None {
            requireNonNull(service, "service");
        }
    }
}
