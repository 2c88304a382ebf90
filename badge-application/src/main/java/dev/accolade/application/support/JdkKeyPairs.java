package dev.accolade.application.support;

import dev.accolade.application.port.out.credential.GeneratedKeyPair;
import dev.accolade.application.port.out.credential.KeyPairPort;
import dev.accolade.domain.credential.KeyAlgorithm;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/** Key pairs from the JDK's own generators: Ed25519, and RSA of 2048 bits. */
public final class JdkKeyPairs implements KeyPairPort {

    /** The size of an RSA modulus, in bits. */
    static final int RSA_BITS = 2048;

    @Override
    public GeneratedKeyPair generate(KeyAlgorithm algorithm) {
        try {
            KeyPairGenerator generator = switch (algorithm) {
                case ED25519 -> KeyPairGenerator.getInstance("Ed25519");
                case RS256 -> rsa();
            };
            KeyPair pair = generator.generateKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            return new GeneratedKeyPair(base64.encodeToString(pair.getPublic().getEncoded()),
                    base64.encodeToString(pair.getPrivate().getEncoded()));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("every Java 17 platform makes " + algorithm + " keys", missing);
        }
    }

    private static KeyPairGenerator rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(RSA_BITS);
        return generator;
    }
}
