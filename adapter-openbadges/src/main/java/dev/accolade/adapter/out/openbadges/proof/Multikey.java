package dev.accolade.adapter.out.openbadges.proof;

import dev.accolade.adapter.out.openbadges.proof.ProofException.Reason;
import java.security.PublicKey;
import java.util.Arrays;

/** Ed25519 public keys as W3C Multikey {@code publicKeyMultibase}: 'z' + base58btc(0xed 0x01 + 32 key bytes). */
public final class Multikey {

    /** Multicodec header of an Ed25519 public key: varint(0xed) "ed25519-pub". */
    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};
    /** 34 bytes encode to at most 48 base58 characters; anything longer is refused before decoding. */
    private static final int MAX_LENGTH = 1 + 48;

    private Multikey() {
    }

    /** The {@code publicKeyMultibase} of an Ed25519 public key (always starts with "z6Mk"). */
    public static String encode(PublicKey ed25519) {
        byte[] bytes = Arrays.copyOf(ED25519_PUB, ED25519_PUB.length + 32);
        System.arraycopy(Ed25519Keys.rawPublicKey(ed25519), 0, bytes, ED25519_PUB.length, 32);
        return "z" + Base58Btc.encode(bytes);
    }

    /** The Ed25519 public key of a {@code publicKeyMultibase}; refuses another multibase, multicodec or length. */
    public static PublicKey decode(String publicKeyMultibase) {
        if (publicKeyMultibase == null || publicKeyMultibase.length() > MAX_LENGTH
                || !publicKeyMultibase.startsWith("z")) {
            throw new ProofException(Reason.INVALID_KEY, "publicKeyMultibase is not base58btc ('z')");
        }
        byte[] bytes;
        try {
            bytes = Base58Btc.decode(publicKeyMultibase.substring(1));
        } catch (IllegalArgumentException e) {
            throw new ProofException(Reason.INVALID_KEY, "publicKeyMultibase is not base58btc");
        }
        if (bytes.length != ED25519_PUB.length + 32 || bytes[0] != ED25519_PUB[0] || bytes[1] != ED25519_PUB[1]) {
            throw new ProofException(Reason.INVALID_KEY,
                    "publicKeyMultibase is not an Ed25519 key (0xed01 + 32 bytes)");
        }
        return Ed25519Keys.publicKeyFromRaw(Arrays.copyOfRange(bytes, ED25519_PUB.length, bytes.length));
    }
}
