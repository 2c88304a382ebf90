package dev.accolade.application.issuer;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.issuer.ApiKey;
import dev.accolade.domain.issuer.Issuer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The API keys this instance found active in the last few seconds, by the hash of their secret, so that a
 * client's next requests skip the key's read transaction. Only hashes are kept (the key as the store holds
 * it); a hit is still checked against the secret in constant time. Bounded: when full, it is emptied. A
 * revocation through this instance {@link #forget forgets} every key at once, and a look-up that read the
 * store before the revocation cannot put its key back afterwards (a generation it must still match). A key
 * revoked through another instance on the same database works here until its entry ends: at most
 * {@link #LIFETIME} (docs/decisions.md).
 */
final class KnownKeys {

    /** How long a key read from the store is taken as active without reading it again. */
    static final Duration LIFETIME = Duration.ofSeconds(5);
    /** The most keys kept. */
    static final int CAPACITY = 1_000;

    private final ClockPort clock;
    private final Map<SecretHash, Known> byHash = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    KnownKeys(ClockPort clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    /** A key found active, the issuer it stands for, and until when it is taken as such. */
    private record Known(ApiKey key, Issuer issuer, Instant until) {
    }

    /** The generation a look-up in the store starts under; {@link #remember} keeps its key only if unchanged. */
    long generation() {
        return generation.get();
    }

    /** The issuer of the active key with this secret, if this instance read it within its lifetime. */
    Optional<Issuer> issuerOf(SecretHash hash, String secret) {
        Known known = byHash.get(hash);
        if (known == null) {
            return Optional.empty();
        }
        if (!clock.now().isBefore(known.until())) {
            byHash.remove(hash, known);
            return Optional.empty();
        }
        return known.key().matches(secret) ? Optional.of(known.issuer()) : Optional.empty();
    }

    /** Keeps an active key read from the store under {@code since}, unless a revocation came in between. */
    void remember(long since, ApiKey key, Issuer issuer) {
        if (!key.isActive() || generation.get() != since) {
            return;
        }
        if (byHash.size() >= CAPACITY) {
            byHash.clear();
        }
        byHash.put(key.secretHash(), new Known(key, issuer, clock.now().plus(LIFETIME)));
        if (generation.get() != since) {
            byHash.remove(key.secretHash());
        }
    }

    /** Forgets every key, and every look-up still running, after a key was revoked. */
    void forget() {
        generation.incrementAndGet();
        byHash.clear();
    }
}
