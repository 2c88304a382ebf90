package dev.accolade.domain.credential;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.SealedSecret;
import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One of an issuer's signing key pairs. The private half is sealed under the master key; the public
 * half stays published after the key is retired, so that what it signed still verifies.
 *
 * @param issuer whose key it is
 * @param algorithm what it signs with
 * @param generation 1 for the issuer's first key of this algorithm, one more for each rotation
 * @param publicKey the public half, X.509 SubjectPublicKeyInfo in base64
 * @param privateKey the private half, PKCS#8, sealed
 * @param createdAt when it was made
 * @param retiredAt when a newer key took over signing, if one did
 */
public record IssuerKey(IssuerId issuer, KeyAlgorithm algorithm, int generation, String publicKey,
        SealedSecret privateKey, Instant createdAt, Optional<Instant> retiredAt) {

    /** The longest encoded public key accepted. */
    public static final int MAX_PUBLIC_KEY_LENGTH = 1024;
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");

    /** Checks every part. */
    public IssuerKey {
        requireNonNull(issuer, "issuer");
        requireNonNull(algorithm, "algorithm");
        requireNonNull(privateKey, "privateKey");
        requireNonNull(createdAt, "createdAt");
        requireNonNull(retiredAt, "retiredAt");
        if (generation < 1) {
            throw Check.invalid("generation", "must be at least 1");
        }
        if (publicKey == null || publicKey.length() > MAX_PUBLIC_KEY_LENGTH || !BASE64.matcher(publicKey).matches()) {
            throw Check.invalid("public_key", "must be base64 of at most " + MAX_PUBLIC_KEY_LENGTH + " characters");
        }
    }

    /** A new, active key. */
    public static IssuerKey create(IssuerId issuer, KeyAlgorithm algorithm, int generation, String publicKey,
            SealedSecret privateKey, Instant now) {
        return new IssuerKey(issuer, algorithm, generation, publicKey, privateKey, now, Optional.empty());
    }

    /** The key's name within its issuer: {@code ed25519-1}, {@code rsa-3}. */
    public String name() {
        return algorithm.prefix() + "-" + generation;
    }

    /** Whether new credentials are signed with it. */
    public boolean isActive() {
        return retiredAt.isEmpty();
    }

    /** This key, no longer signing from now on; a retired key stays retired. */
    public IssuerKey retire(Instant now) {
        return retiredAt.isPresent() ? this
                : new IssuerKey(issuer, algorithm, generation, publicKey, privateKey, createdAt, Optional.of(now));
    }

    @Override
    public String toString() {
        return "IssuerKey[" + issuer + ", " + name() + "]";
    }
}
