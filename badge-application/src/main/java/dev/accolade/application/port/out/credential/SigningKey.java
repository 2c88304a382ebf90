package dev.accolade.application.port.out.credential;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.credential.KeyAlgorithm;
import java.time.Instant;
import java.util.Arrays;

/**
 * A private key opened for one signature, never stored or logged in this form.
 *
 * @param id the URL that names its public half: a verification method, or a JWK's {@code kid}
 * @param algorithm what it signs with
 * @param pkcs8 the private key, PKCS#8 DER
 * @param since when the key was made: a proof it makes is never dated before
 */
public record SigningKey(String id, KeyAlgorithm algorithm, byte[] pkcs8, Instant since) {

    /** Checks every part is present and keeps a copy of the key. */
    public SigningKey {
        requireNonNull(id, "id");
        requireNonNull(algorithm, "algorithm");
        pkcs8 = requireNonNull(pkcs8, "pkcs8").clone();
        requireNonNull(since, "since");
    }

    /** The private key's bytes, copied. */
    @Override
    public byte[] pkcs8() {
        return pkcs8.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigningKey that && id.equals(that.id) && algorithm == that.algorithm
                && Arrays.equals(pkcs8, that.pkcs8);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SigningKey[" + id + "]";
    }
}
