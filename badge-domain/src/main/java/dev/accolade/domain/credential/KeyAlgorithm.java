package dev.accolade.domain.credential;

/** The kinds of key pair an issuer signs credentials with. */
public enum KeyAlgorithm {

    /** Ed25519, for Data Integrity {@code eddsa-rdfc-2022} proofs. */
    ED25519("ed25519"),
    /** RSA 2048 with SHA-256, for VC-JWT ({@code RS256}, the Open Badges minimum). */
    RS256("rsa");

    private final String prefix;

    KeyAlgorithm(String prefix) {
        this.prefix = prefix;
    }

    /** The stem of its keys' names: {@code ed25519-1}, {@code rsa-2}. */
    public String prefix() {
        return prefix;
    }
}
