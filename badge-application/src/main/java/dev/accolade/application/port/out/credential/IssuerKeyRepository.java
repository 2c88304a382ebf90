package dev.accolade.application.port.out.credential;

import dev.accolade.domain.credential.IssuerKey;
import dev.accolade.domain.issuer.IssuerId;
import java.util.List;

/**
 * Stores issuers' signing keys. An issuer has at most one key per algorithm and generation
 * ({@code issuer_key_taken}); keys are never deleted while their issuer exists, so what they signed
 * still verifies.
 */
public interface IssuerKeyRepository {

    /** Adds a new key. */
    void insert(IssuerKey key);

    /** Replaces a stored key (to retire it). */
    void update(IssuerKey key);

    /** Every key of an issuer, active and retired, by algorithm and then generation. */
    List<IssuerKey> findByIssuer(IssuerId issuer);
}
