package dev.accolade.application.support;

import dev.accolade.application.port.out.PasswordHasherPort;
import dev.accolade.domain.member.PasswordHash;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords hashed with PBKDF2-HMAC-SHA256 from the JDK, a random 16-byte salt and, by default,
 * 600,000 iterations (OWASP's figure). The encoding {@code pbkdf2-sha256$iterations$salt$hash}
 * keeps the cost with each hash, so raising it later leaves old hashes verifiable.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasherPort {

    /** The cost used unless another is chosen. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    /** A hasher at the default cost. */
    public Pbkdf2PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /** A hasher at a chosen cost, for example a lower one in tests. */
    public Pbkdf2PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("at least one iteration");
        }
        this.iterations = iterations;
    }

    @Override
    public PasswordHash hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return new PasswordHash(SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(key));
    }

    @Override
    public boolean matches(String password, PasswordHash hash) {
        String[] parts = hash.encoded().split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int cost = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return cost > 0 && MessageDigest.isEqual(expected, derive(password, salt, cost));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static byte[] derive(String password, byte[] salt, int cost) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, cost, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }
}
