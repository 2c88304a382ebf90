package dev.accolade.application.leaderboard;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.application.port.out.rule.MetricCounterRepository;
import dev.accolade.application.port.out.score.ScoreRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.Recipients;

/** Builds the leaderboards feature and the decorators that keep its scores as awards and events are written. */
public final class LeaderboardWiring {

    private LeaderboardWiring() {
    }

    /** The Leaderboards facade over the kept scores. */
    public static Leaderboards leaderboards(TransactionPort transactions, IssuerRepository issuers,
            ScoreRepository scores, Recipients recipients, Access access, CommandValidator validator,
            ClockPort clock) {
        return new LeaderboardService(transactions, issuers, scores, recipients, access, validator, clock);
    }

    /** An event publisher that keeps scores for every award made or revoked, then publishes as before. */
    public static EventPublisherPort scoreKeeping(EventPublisherPort events, ScoreRepository scores,
            TemplateRepository templates, IssuerRepository issuers) {
        return new ScoreKeeping(events, new Scoring(scores, templates, issuers));
    }

    /**
     * A counter store that counts the subject of every new event among its issuer's subjects: those whose event
     * created a counter.
     */
    public static MetricCounterRepository enrolling(MetricCounterRepository counters, ScoreRepository scores) {
        return new EnrollingCounters(counters, scores);
    }
}
