package dev.accolade.application.session;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.StoreBusy;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.session.SignInAttempts;
import dev.accolade.application.port.out.session.SignInAttemptsRepository;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.error.RateLimited;
import dev.accolade.domain.identity.Identity;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Slows down failed sign-ins by {@link SignInPolicy}, before any password is checked: counts failures and
 * successes in the store under hashed keys, per member and address, per address and per member, and once
 * an hour forgets what no longer counts.
 */
final class SignInThrottle {

    /** How often this instance forgets old counts. */
    static final Duration CLEAN_EVERY = Duration.ofHours(1);

    private final TransactionPort transactions;
    private final SignInAttemptsRepository attempts;
    private final ClockPort clock;
    private final AtomicReference<Instant> nextCleaning = new AtomicReference<>(Instant.MIN);

    SignInThrottle(TransactionPort transactions, SignInAttemptsRepository attempts, ClockPort clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.attempts = requireNonNull(attempts, "attempts");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * The keys of a sign-in as this member (or as the identity named, when no member holds it) from this
     * address, if the caller knows it.
     */
    static Attempt attempt(Identity member, Optional<String> address) {
        String name = member.key();
        return new Attempt(SecretHash.of("sign-in member\n" + name),
                address.map(from -> SecretHash.of("sign-in pair\n" + name + "\n" + from)),
                address.map(from -> SecretHash.of("sign-in address\n" + from)));
    }

    /** Refuses the attempt with {@code sign_in_throttled} while it must wait; writes nothing. */
    void admit(Attempt attempt) {
        Instant now = clock.now();
        Duration wait = transactions.readOnly(() -> SignInPolicy.wait(attempt.pair().flatMap(attempts::find),
                attempt.address().flatMap(attempts::find),
                attempts.find(attempt.member()).orElseGet(() -> SignInAttempts.none(attempt.member())), now));
        if (!wait.isZero()) {
            throw RateLimited.signIn(wait);
        }
    }

    /** Counts a failed attempt, in a unit of work of its own, so that it stays counted when the refusal is thrown. */
    void failed(Attempt attempt) {
        Instant now = clock.now();
        Instant countSince = now.minus(SignInPolicy.FAILURES_KEPT);
        transactions.inTransaction(() -> {
            attempts.countFailure(attempt.member(), now, countSince);
            attempt.pair().ifPresent(pair -> attempts.countFailure(pair, now, countSince));
            attempt.address().ifPresent(address -> attempts.countFailure(address, now, countSince));
            return null;
        });
        forgetOldCounts(now);
    }

    /** Counts a successful attempt within the caller's unit of work: the address becomes known to the member. */
    void succeeded(Attempt attempt, Instant now) {
        attempt.pair().ifPresent(pair -> attempts.countSuccess(pair, now));
    }

    /** Forgets what no longer counts, at most once an hour; a busy store leaves it to the next time. */
    void forgetOldCounts(Instant now) {
        Instant due = nextCleaning.get();
        if (now.isBefore(due) || !nextCleaning.compareAndSet(due, now.plus(CLEAN_EVERY))) {
            return;
        }
        try {
            transactions.inTransaction(() -> attempts.forget(now.minus(SignInPolicy.FAILURES_KEPT),
                    now.minus(SignInPolicy.KNOWN_FOR)));
        } catch (StoreBusy busy) {
            nextCleaning.set(now);
        }
    }

    /**
     * The keys one sign-in is counted under.
     *
     * @param member the member's key (or the named identity's, when no member holds it)
     * @param pair the key of the member from this address, when the address is known
     * @param address the address's key, when it is known
     */
    record Attempt(SecretHash member, Optional<SecretHash> pair, Optional<SecretHash> address) {
    }
}
