package dev.accolade.application.session;

import dev.accolade.application.port.out.session.SignInAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a sign-in must wait, from what is counted of earlier ones. Per member and address: after 5 failures
 * a wait of 1 s that doubles with each further failure, up to 15 minutes. Per address, whatever the
 * member: the same after 20 failures. Per member, from every address: after 10 failures at most one
 * attempt every 2 s, except from an address that signed in to the member within 30 days, so that an
 * attacker slows the member's sign-ins from elsewhere but never locks the member out. Failures are
 * forgotten a day after the last one.
 */
final class SignInPolicy {

    /** The failures per member and address that wait nothing. */
    static final int PAIR_FREE_FAILURES = 5;
    /** The failures per address, whatever the member, that wait nothing. */
    static final int ADDRESS_FREE_FAILURES = 20;
    /** The failures per member, from every address, before attempts are spaced. */
    static final int MEMBER_FREE_FAILURES = 10;
    /** The first wait, which doubles with each further failure. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    /** The longest wait. */
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** The spacing of attempts on a member past its free failures, from addresses it does not know. */
    static final Duration MEMBER_SPACING = Duration.ofSeconds(2);
    /** How long an address that signed in to a member stays known to it. */
    static final Duration KNOWN_FOR = Duration.ofDays(30);
    /** How long failures count after the last one. */
    static final Duration FAILURES_KEPT = Duration.ofDays(1);

    private SignInPolicy() {
    }

    /**
     * How long an attempt must still wait; zero when it may go ahead.
     *
     * @param pair what is counted for the member from this address, when the address is known
     * @param address what is counted for the address, when it is known
     * @param member what is counted for the member from every address
     * @param now the time of the attempt
     */
    static Duration wait(Optional<SignInAttempts> pair, Optional<SignInAttempts> address, SignInAttempts member,
            Instant now) {
        boolean known = pair.flatMap(SignInAttempts::lastSuccess)
                .filter(success -> success.plus(KNOWN_FOR).isAfter(now)).isPresent();
        Duration longest = member.lastFailure().filter(failure -> !known && counted(member, now) >= MEMBER_FREE_FAILURES)
                .map(failure -> remaining(failure, MEMBER_SPACING, now)).orElse(Duration.ZERO);
        longest = longer(longest, pair.map(counts -> doubling(counts, PAIR_FREE_FAILURES, now)));
        return longer(longest, address.map(counts -> doubling(counts, ADDRESS_FREE_FAILURES, now)));
    }

    /** The failures that still count at this time: none once the last is older than a day. */
    static int counted(SignInAttempts attempts, Instant now) {
        return attempts.lastFailure().filter(failure -> failure.plus(FAILURES_KEPT).isAfter(now))
                .map(failure -> attempts.failures()).orElse(0);
    }

    /** The wait after this many failures beyond the free ones: 1 s, doubling, at most 15 minutes. */
    static Duration waitAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = failures - free;
        if (doublings >= 31) {
            return MAX_WAIT;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static Duration doubling(SignInAttempts counts, int free, Instant now) {
        int failures = counted(counts, now);
        return counts.lastFailure().map(failure -> remaining(failure, waitAfter(failures, free), now))
                .orElse(Duration.ZERO);
    }

    private static Duration remaining(Instant since, Duration wait, Instant now) {
        Duration left = Duration.between(now, since.plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration longer(Duration one, Optional<Duration> other) {
        return other.filter(wait -> wait.compareTo(one) > 0).orElse(one);
    }
}
