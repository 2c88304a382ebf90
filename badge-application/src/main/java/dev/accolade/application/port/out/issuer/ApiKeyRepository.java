package dev.accolade.application.port.out.issuer;

import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.issuer.ApiKey;
import dev.accolade.domain.issuer.ApiKeyId;
import dev.accolade.domain.issuer.IssuerId;
import java.util.List;
import java.util.Optional;

/** Stores issuers' API keys by the hash of their secret, which is unique ({@code api_key_taken}). */
public interface ApiKeyRepository {

    /** Adds a new key. */
    void insert(ApiKey key);

    /** Replaces a stored key. */
    void update(ApiKey key);

    /** The key with this id. */
    Optional<ApiKey> findById(ApiKeyId id);

    /** The key whose secret hashes to this value. */
    Optional<ApiKey> findBySecretHash(SecretHash hash);

    /** An issuer's keys, oldest first. */
    List<ApiKey> findByIssuer(IssuerId issuer);
}
