package dev.accolade.application.port.out;

import dev.accolade.domain.common.SealedSecret;

/**
 * Seals secrets the server must read again (signing secrets, webhook secrets) so that the store
 * never holds them in clear, and opens them. Sealing is authenticated: a sealed value that was
 * changed, or sealed under another key, does not open.
 */
public interface SecretSealerPort {

    /** The secret, sealed; sealing the same secret twice gives different values. */
    SealedSecret seal(String secret);

    /** The secret in clear; an {@link IllegalStateException} when the value does not open under this key. */
    String open(SealedSecret sealed);
}
