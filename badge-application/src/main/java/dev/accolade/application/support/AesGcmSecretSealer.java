package dev.accolade.application.support;

import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.domain.common.SealedSecret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets with AES-256-GCM under a 32-byte master key: a fresh 96-bit nonce per seal, a
 * 128-bit tag, and the format version as associated data. Sealed values read
 * {@code v1.<base64url(nonce ‖ ciphertext ‖ tag)>}.
 */
public final class AesGcmSecretSealer implements SecretSealerPort {

    /** The length of a master key in bytes. */
    public static final int KEY_BYTES = 32;

    private static final String VERSION = "v1";
    private static final byte[] ASSOCIATED = ("accolade-sealed-secret-" + VERSION).getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String CIPHER = "AES/GCM/NoPadding";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** A sealer under this 32-byte master key, which it copies. */
    public AesGcmSecretSealer(byte[] masterKey) {
        if (masterKey == null || masterKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("a master key is " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(masterKey.clone(), "AES");
    }

    /** A sealer under a key drawn now and kept nowhere: what it seals is readable only in this process. */
    public static AesGcmSecretSealer withRandomKey() {
        return new AesGcmSecretSealer(newMasterKey());
    }

    /** A new random master key. */
    public static byte[] newMasterKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Override
    public SealedSecret seal(String secret) {
        if (secret == null) {
            throw new IllegalArgumentException("nothing to seal");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, secret.getBytes(StandardCharsets.UTF_8));
        byte[] whole = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        return new SealedSecret(VERSION + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(whole));
    }

    @Override
    public String open(SealedSecret sealed) {
        String value = sealed.value();
        if (!value.startsWith(VERSION + ".")) {
            throw new IllegalStateException("a sealed secret of an unknown format");
        }
        byte[] whole = Base64.getUrlDecoder().decode(value.substring(VERSION.length() + 1));
        if (whole.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("a sealed secret too short to open");
        }
        byte[] nonce = Arrays.copyOfRange(whole, 0, NONCE_BYTES);
        byte[] body = Arrays.copyOfRange(whole, NONCE_BYTES, whole.length);
        return new String(run(Cipher.DECRYPT_MODE, nonce, body), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ASSOCIATED);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the sealed secret does not open under this master key", e);
        }
    }

    @Override
    public String toString() {
        return "AesGcmSecretSealer[key hidden]";
    }
}
