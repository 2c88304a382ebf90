package dev.accolade.application.port.out.credential;

import dev.accolade.domain.credential.KeyAlgorithm;

/** Makes signing key pairs from a cryptographically strong source. */
public interface KeyPairPort {

    /** A new key pair for the algorithm. */
    GeneratedKeyPair generate(KeyAlgorithm algorithm);
}
