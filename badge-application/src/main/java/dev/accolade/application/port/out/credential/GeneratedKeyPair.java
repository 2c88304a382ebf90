package dev.accolade.application.port.out.credential;

import static java.util.Objects.requireNonNull;

/**
 * A key pair just made, both halves encoded: the public one to publish, the private one to seal.
 *
 * @param spki the public key, X.509 SubjectPublicKeyInfo in base64
 * @param pkcs8 the private key, PKCS#8 in base64
 */
public record GeneratedKeyPair(String spki, String pkcs8) {

    /** Checks both halves are present. */
    public GeneratedKeyPair {
        requireNonNull(spki, "spki");
        requireNonNull(pkcs8, "pkcs8");
    }

    @Override
    public String toString() {
        return "GeneratedKeyPair[" + spki + ", …]";
    }
}
