package dev.accolade.application.leaderboard;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.score.ScoreRepository;
import dev.accolade.application.shared.LostRaces;
import dev.accolade.domain.award.AwardId;
import java.time.Instant;
import java.util.List;

/**
 * Notices expired awards: a sweep that takes back, as of now, the points, period buckets and holdings of the
 * counted awards whose expiry has passed, found through an index on the expiry, a batch per unit of work. An award swept is forgotten by the scores, so sweeping again, on this instance or another, or revoking it
 * afterwards, takes back nothing more.
 */
final class AwardExpiry {

    /** Awards taken back per unit of work. */
    static final int BATCH = 500;

    private final TransactionPort transactions;
    private final ScoreRepository scores;
    private final ClockPort clock;

    AwardExpiry(TransactionPort transactions, ScoreRepository scores, ClockPort clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.scores = requireNonNull(scores, "scores");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Takes back a batch of expired awards: how many. */
    int sweep() {
        return LostRaces.retried(() -> transactions.inTransaction(() -> {
            Instant now = clock.now();
            List<AwardId> expired = scores.expiredBy(now, BATCH);
            return (int) expired.stream().filter(award -> scores.uncount(award, now).isPresent()).count();
        }));
    }
}
