package dev.accolade.adapter.in.rest.limit;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.time.Duration;

/**
 * The buckets of one kind of caller, by key, in memory: at most a fixed number of keys (the least recently
 * used go first, so that an attacker cycling keys cannot exhaust memory), each forgotten once idle for at
 * least as long as it takes to fill up again.
 */
final class Buckets {

    private final Rate rate;
    private final Ticker ticker;
    private final Cache<String, TokenBucket> byKey;

    /** Buckets of this rate, at most this many, kept at least this long when idle. */
    Buckets(Rate rate, Ticker ticker, long maxKeys, Duration minimumIdle) {
        this.rate = rate;
        this.ticker = ticker;
        Duration refill = TokenBucket.refillTime(rate);
        Duration idle = refill.compareTo(minimumIdle) > 0 ? refill : minimumIdle;
        this.byKey = CacheBuilder.newBuilder().ticker(ticker).maximumSize(maxKeys).expireAfterAccess(idle).build();
    }

    /** Whether a bucket is kept for the key. */
    boolean tracks(String key) {
        return byKey.getIfPresent(key) != null;
    }

    /** Takes a token from the key's bucket, made full when there was none: zero, or how long until one. */
    Duration take(String key) {
        long now = ticker.read();
        return byKey.asMap().computeIfAbsent(key, absent -> new TokenBucket(rate, now)).take(now);
    }

    /** Gives back a token to the key's bucket, if one is kept. */
    void giveBack(String key) {
        TokenBucket bucket = byKey.getIfPresent(key);
        if (bucket != null) {
            bucket.giveBack(ticker.read());
        }
    }

    /** Takes a token, if one is left, from the key's bucket (made full when there was none) as a penalty. */
    void charge(String key) {
        long now = ticker.read();
        byKey.asMap().computeIfAbsent(key, absent -> new TokenBucket(rate, now)).charge(now);
    }

    /** Forgets the key's bucket. */
    void forget(String key) {
        byKey.invalidate(key);
    }

    /** How many keys are kept, roughly. */
    long size() {
        return byKey.size();
    }
}
