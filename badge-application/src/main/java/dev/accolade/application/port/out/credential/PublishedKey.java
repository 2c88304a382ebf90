package dev.accolade.application.port.out.credential;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.credential.KeyAlgorithm;

/**
 * The public half of an issuer key, as its controller document or JWK publishes it.
 *
 * @param id its URL: the profile's URL and a fragment for a Multikey, the JWK's own URL for RSA
 * @param controller the URL of the issuer profile that controls it
 * @param algorithm what it verifies
 * @param spki the public key, X.509 SubjectPublicKeyInfo in base64
 */
public record PublishedKey(String id, String controller, KeyAlgorithm algorithm, String spki) {

    /** Checks every part is present. */
    public PublishedKey {
        requireNonNull(id, "id");
        requireNonNull(controller, "controller");
        requireNonNull(algorithm, "algorithm");
        requireNonNull(spki, "spki");
    }
}
