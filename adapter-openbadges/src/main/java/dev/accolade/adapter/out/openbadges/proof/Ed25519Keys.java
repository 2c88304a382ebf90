package dev.accolade.adapter.out.openbadges.proof;

import dev.accolade.adapter.out.openbadges.proof.ProofException.Reason;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/** Ed25519 keys of the JDK (SunEC) from and to X.509 SPKI, PKCS#8 and raw 32-byte forms; no other library. */
public final class Ed25519Keys {

    /** DER prefix of every Ed25519 SubjectPublicKeyInfo (RFC 8410): SEQ { SEQ { OID 1.3.101.112 }, BIT STRING }. */
    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    private static final int RAW_LENGTH = 32;

    private Ed25519Keys() {
    }

    /** A new random Ed25519 key pair. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    /** The public key of an X.509 SubjectPublicKeyInfo (what {@code PublicKey.getEncoded()} gives back). */
    public static PublicKey publicKeyFromX509(byte[] spki) {
        try {
            return requireEd25519(factory().generatePublic(new X509EncodedKeySpec(spki.clone())));
        } catch (GeneralSecurityException e) {
            throw new ProofException(Reason.INVALID_KEY, "not an Ed25519 X.509 public key");
        }
    }

    /** The private key of a PKCS#8 PrivateKeyInfo (what {@code PrivateKey.getEncoded()} gives back). */
    public static PrivateKey privateKeyFromPkcs8(byte[] pkcs8) {
        try {
            return requireEd25519(factory().generatePrivate(new PKCS8EncodedKeySpec(pkcs8.clone())));
        } catch (GeneralSecurityException e) {
            throw new ProofException(Reason.INVALID_KEY, "not an Ed25519 PKCS#8 private key");
        }
    }

    /** The public key of its raw 32-byte RFC 8032 encoding. */
    public static PublicKey publicKeyFromRaw(byte[] raw) {
        requireRawLength(raw);
        byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + RAW_LENGTH);
        System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, RAW_LENGTH);
        return publicKeyFromX509(spki);
    }

    /** The private key of its raw 32-byte RFC 8032 seed. */
    public static PrivateKey privateKeyFromRaw(byte[] seed) {
        requireRawLength(seed);
        try {
            return factory().generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed.clone()));
        } catch (GeneralSecurityException e) {
            throw new ProofException(Reason.INVALID_KEY, "not an Ed25519 private key");
        }
    }

    /** The raw 32-byte RFC 8032 encoding of an Ed25519 public key. */
    public static byte[] rawPublicKey(PublicKey key) {
        byte[] spki = requireEd25519(key).getEncoded();
        if (spki == null || spki.length != SPKI_PREFIX.length + RAW_LENGTH
                || !Arrays.equals(spki, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
            throw new ProofException(Reason.INVALID_KEY, "not an Ed25519 public key");
        }
        return Arrays.copyOfRange(spki, SPKI_PREFIX.length, spki.length);
    }

    /** The raw 32-byte RFC 8032 seed of an Ed25519 private key. */
    public static byte[] rawPrivateKey(PrivateKey key) {
        if (!(requireEd25519(key) instanceof EdECPrivateKey)) {
            throw new ProofException(Reason.INVALID_KEY, "not an Ed25519 private key of the JDK");
        }
        return ((EdECPrivateKey) key).getBytes()
                .orElseThrow(() -> new ProofException(Reason.INVALID_KEY, "private key bytes are not extractable"));
    }

    /**
     * The public key that belongs to a private key. JDK 17 has no API for it: this feeds the seed to SunEC's key pair
     * generator as its randomness, then checks the result by signing and verifying a probe.
     */
    public static PublicKey derivePublicKey(PrivateKey key) {
        byte[] seed = rawPrivateKey(key);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
            PublicKey derived = generator.generateKeyPair().getPublic();
            byte[] probe = {'p', 'r', 'o', 'b', 'e'};
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(probe);
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(derived);
            verifier.update(probe);
            if (!verifier.verify(signer.sign())) {
                throw new IllegalStateException("the Ed25519 provider did not derive the key from the seed");
            }
            return derived;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot derive an Ed25519 public key", e);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /** Throws {@code invalid_key} unless the key is an Ed25519 key (not Ed448, RSA, EC...). */
    static <K extends Key> K requireEd25519(K key) {
        if (key instanceof EdECKey && "Ed25519".equalsIgnoreCase(((EdECKey) key).getParams().getName())) {
            return key;
        }
        throw new ProofException(Reason.INVALID_KEY, "not an Ed25519 key");
    }

    private static void requireRawLength(byte[] raw) {
        if (raw == null || raw.length != RAW_LENGTH) {
            throw new ProofException(Reason.INVALID_KEY, "a raw Ed25519 key has 32 bytes");
        }
    }

    private static KeyFactory factory() throws NoSuchAlgorithmException {
        return KeyFactory.getInstance("Ed25519");
    }

    /** Randomness that is the given seed: SunEC draws exactly the 32-byte private key from it. */
    private static final class FixedSeed extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        FixedSeed(byte[] seed) {
            this.seed = seed;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("unexpected request for " + bytes.length + " random bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}
