package dev.accolade.application.port.out.issuer;

import java.time.Instant;

/**
 * Remembers accepted request signatures. A signature is unique per issuer
 * ({@code signature_already_used}), also across server instances sharing one database.
 */
public interface UsedSignatureRepository {

    /** Records a signature; refused with {@code signature_already_used} when it is recorded already. */
    void insert(UsedSignature signature);

    /** Forgets the signatures whose window closed before this instant; returns how many. */
    int deleteExpired(Instant now);
}
