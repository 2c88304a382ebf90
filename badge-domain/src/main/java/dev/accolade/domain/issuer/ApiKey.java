package dev.accolade.domain.issuer;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.error.DomainException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A secret that lets a program act as an issuer. Only its SHA-256 and a short visible prefix are
 * kept; the secret itself is shown once, when the key is issued.
 */
public final class ApiKey {

    /** How many leading characters of the secret stay visible, to tell keys apart. */
    public static final int PREFIX_LENGTH = 12;
    /** The longest label accepted. */
    public static final int MAX_LABEL_LENGTH = 100;

    private final ApiKeyId id;
    private final IssuerId issuer;
    private final String label;
    private final String prefix;
    private final SecretHash secretHash;
    private final Instant createdAt;
    private final Optional<Instant> revokedAt;

    private ApiKey(ApiKeyId id, IssuerId issuer, String label, String prefix, SecretHash secretHash,
            Instant createdAt, Optional<Instant> revokedAt) {
        this.id = requireNonNull(id, "id");
        this.issuer = requireNonNull(issuer, "issuer");
        this.label = Check.optionalLine(label, "label", MAX_LABEL_LENGTH).orElse("");
        this.prefix = requireNonNull(prefix, "prefix");
        this.secretHash = requireNonNull(secretHash, "secretHash");
        this.createdAt = requireNonNull(createdAt, "createdAt");
        this.revokedAt = requireNonNull(revokedAt, "revokedAt");
    }

    /** A new key for a freshly generated secret, which is hashed here and not kept. */
    public static ApiKey issue(ApiKeyId id, IssuerId issuer, String label, String secret, Instant now) {
        if (secret == null || secret.length() < PREFIX_LENGTH + 16) {
            throw new IllegalArgumentException("an API key secret needs at least " + (PREFIX_LENGTH + 16) + " characters");
        }
        return new ApiKey(id, issuer, label, secret.substring(0, PREFIX_LENGTH), SecretHash.of(secret), now,
                Optional.empty());
    }

    /** A key as it was stored. */
    public static ApiKey reconstitute(ApiKeyId id, IssuerId issuer, String label, String prefix,
            SecretHash secretHash, Instant createdAt, Optional<Instant> revokedAt) {
        return new ApiKey(id, issuer, label, prefix, secretHash, createdAt, revokedAt);
    }

    /** This key, revoked now; a revoked key is refused. */
    public ApiKey revoke(Instant now) {
        if (revokedAt.isPresent()) {
            throw DomainException.conflict("api_key_already_revoked", "The API key is already revoked.");
        }
        return new ApiKey(id, issuer, label, prefix, secretHash, createdAt, Optional.of(now));
    }

    /** Whether the key still authenticates. */
    public boolean isActive() {
        return revokedAt.isEmpty();
    }

    /** Whether the secret is this key's, compared in constant time. */
    public boolean matches(String secret) {
        return secretHash.matches(secret);
    }

    public ApiKeyId id() {
        return id;
    }

    public IssuerId issuer() {
        return issuer;
    }

    public String label() {
        return label;
    }

    public String prefix() {
        return prefix;
    }

    public SecretHash secretHash() {
        return secretHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> revokedAt() {
        return revokedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey that && id.equals(that.id) && issuer.equals(that.issuer)
                && label.equals(that.label) && prefix.equals(that.prefix) && secretHash.equals(that.secretHash)
                && createdAt.equals(that.createdAt) && revokedAt.equals(that.revokedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, issuer, prefix, secretHash, createdAt, revokedAt);
    }

    @Override
    public String toString() {
        return "ApiKey[" + id + ", " + prefix + "…]";
    }
}
