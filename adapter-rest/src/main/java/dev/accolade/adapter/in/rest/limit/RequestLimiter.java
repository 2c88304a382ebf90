package dev.accolade.adapter.in.rest.limit;

import com.google.common.base.Ticker;
import com.google.common.hash.Hashing;
import dev.accolade.adapter.in.rest.RateLimits;
import dev.accolade.domain.error.RateLimited;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Decides which bucket pays for a request. A request presenting a credential the server accepted lately
 * pays from that credential's bucket. Any other request pays from its client address's bucket: one without
 * a credential, one with a credential not accepted yet, one with a bad credential. When a route accepts a
 * credential the address is paid back and the credential's bucket pays instead; when a route refuses a
 * credential that was accepted before, it is forgotten and its address pays a penalty. So bad credentials
 * always cost their address, and a caller cycling made-up keys is limited like an anonymous one.
 * Credentials are known by a hash only, never kept in the clear.
 */
public final class RequestLimiter {

    /** The most keys kept per kind of caller. */
    static final long MAX_KEYS = 100_000;
    /** How long an idle credential stays accepted at least. */
    static final Duration CREDENTIAL_IDLE = Duration.ofMinutes(10);
    /** How long an idle address's bucket is kept at least. */
    static final Duration ADDRESS_IDLE = Duration.ofMinutes(1);

    private final Buckets credentials;
    private final Buckets addresses;

    /** A limiter of these limits on this ticker. */
    RequestLimiter(RateLimits limits, Ticker ticker) {
        this.credentials = new Buckets(limits.perCredential(), ticker, MAX_KEYS, CREDENTIAL_IDLE);
        this.addresses = new Buckets(limits.perAddress(), ticker, MAX_KEYS, ADDRESS_IDLE);
    }

    /**
     * Admits a new request that presents these credentials (hashed with {@link #fingerprint}), or refuses it
     * with {@code rate_limited}; the charge records what paid.
     */
    void admit(Charge charge, List<String> presented) {
        Optional<String> known = presented.stream().filter(credentials::tracks).findFirst();
        if (known.isPresent()) {
            charge.credential = known.get();
            refuseIfWaiting(credentials.take(known.get()));
        } else {
            charge.toAddress = true;
            refuseIfWaiting(addresses.take(charge.address));
        }
    }

    /**
     * A route accepted this credential: a request the address paid for is paid back and charged to the
     * credential instead, which may refuse it with {@code rate_limited}; from now on the credential pays.
     */
    void accepted(Charge charge, String fingerprint) {
        if (charge.credential != null) {
            return;
        }
        charge.credential = fingerprint;
        Duration wait = credentials.take(fingerprint);
        if (charge.toAddress) {
            addresses.giveBack(charge.address);
            charge.toAddress = false;
        }
        refuseIfWaiting(wait);
    }

    /** A route refused the request's credential: one accepted before is forgotten, and the address pays too. */
    void refused(Charge charge) {
        if (charge.credential != null && !charge.toAddress) {
            credentials.forget(charge.credential);
            addresses.charge(charge.address);
        }
    }

    /** The hash a credential is known by: its kind and its text. */
    static String fingerprint(String kind, String credential) {
        return Hashing.sha256().hashString(kind + "\n" + credential, StandardCharsets.UTF_8).toString();
    }

    private static void refuseIfWaiting(Duration wait) {
        if (!wait.isZero()) {
            throw RateLimited.requests(wait);
        }
    }

    /** What one request was charged to: its address, or a credential's bucket. */
    static final class Charge {

        private final String address;
        private String credential;
        private boolean toAddress;

        /** A request from this address, charged to nothing yet. */
        Charge(String address) {
            this.address = address;
        }

        /** The client address the request came from. */
        String address() {
            return address;
        }
    }
}
