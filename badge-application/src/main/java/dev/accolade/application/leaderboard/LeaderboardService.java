package dev.accolade.application.leaderboard;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.Cursor;
import dev.accolade.application.paging.Page;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.application.port.out.score.ScoreRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.Recipients;
import dev.accolade.domain.common.Check;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.EmailIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.score.LeaderboardPeriod;
import dev.accolade.domain.score.Standing;
import java.util.List;
import java.util.Optional;

/**
 * Reads leaderboards from the scores kept as awards are made: a page is one index range, a subject's rank
 * one count over the index, its neighbours two short ranges. Anyone may read them; an email identity's key is
 * shown only to those who act for the issuer, others see the name of the member who claims it, if any. Expired
 * awards are taken off the scores by {@link AwardExpiry}'s sweep.
 */
final class LeaderboardService implements Leaderboards {

    private static final String DEFAULT_PERIOD = "all_time";

    private final TransactionPort transactions;
    private final IssuerRepository issuers;
    private final ScoreRepository scores;
    private final Recipients recipients;
    private final Access access;
    private final CommandValidator validator;
    private final ClockPort clock;
    private final AwardExpiry expiry;

    LeaderboardService(TransactionPort transactions, IssuerRepository issuers, ScoreRepository scores,
            Recipients recipients, Access access, CommandValidator validator, ClockPort clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.issuers = requireNonNull(issuers, "issuers");
        this.scores = requireNonNull(scores, "scores");
        this.recipients = requireNonNull(recipients, "recipients");
        this.access = requireNonNull(access, "access");
        this.validator = requireNonNull(validator, "validator");
        this.clock = requireNonNull(clock, "clock");
        this.expiry = new AwardExpiry(transactions, scores, clock);
    }

    @Override
    public int expireAwards() {
        return expiry.sweep();
    }

    @Override
    public Page<LeaderboardEntry> getLeaderboard(LeaderboardQuery query) {
        validator.validate(query);
        LeaderboardPeriod period = period(query.period());
        Optional<Standing> after = query.page().after().map(LeaderboardCursor::standing);
        int limit = query.page().limit();
        return transactions.readOnly(() -> {
            Issuer issuer = issuers.findById(query.issuer()).orElseThrow(NotFound::issuer);
            String bucket = period.keyAt(query.at().orElseGet(clock::now), Scoring.zoneOf(issuer));
            List<Standing> rows = scores.ranking(issuer.id(), bucket, after, limit + 1);
            List<Standing> shown = rows.subList(0, Math.min(limit, rows.size()));
            Optional<Cursor> next = rows.size() > limit
                    ? Optional.of(LeaderboardCursor.after(shown.get(shown.size() - 1))) : Optional.empty();
            return new Page<>(entries(query.actor(), issuer, shown), next);
        });
    }

    @Override
    public SubjectStanding getStanding(StandingQuery query) {
        validator.validate(query);
        LeaderboardPeriod period = period(query.period());
        Identity subject = subject(query.subject());
        return transactions.readOnly(() -> {
            Issuer issuer = issuers.findById(query.issuer()).orElseThrow(NotFound::issuer);
            String bucket = period.keyAt(query.at().orElseGet(clock::now), Scoring.zoneOf(issuer));
            Optional<Standing> mine = scores.standing(issuer.id(), bucket, subject);
            if (mine.isEmpty()) {
                return new SubjectStanding(subject, Optional.empty(), List.of(), List.of());
            }
            int around = query.neighbours();
            List<Standing> above = around == 0 ? List.of() : scores.above(issuer.id(), bucket, mine.get(), around);
            List<Standing> below = around == 0 ? List.of()
                    : scores.ranking(issuer.id(), bucket, mine, around);
            return new SubjectStanding(subject, Optional.of(entries(query.actor(), issuer, List.of(mine.get()))
                    .get(0)), entries(query.actor(), issuer, above), entries(query.actor(), issuer, below));
        });
    }

    private List<LeaderboardEntry> entries(Actor actor, Issuer issuer, List<Standing> standings) {
        boolean actsForIssuer = !standings.isEmpty() && access.mayActFor(actor, issuer);
        return standings.stream().map(standing -> new LeaderboardEntry(standing,
                actsForIssuer || !(standing.subject() instanceof EmailIdentity),
                recipients.confirmedMemberOf(standing.subject()).map(LeaderboardService::displayName))).toList();
    }

    /** The name a member chose to be shown by: its nickname, or its name. */
    private static String displayName(Member member) {
        return member.profile().nickname().orElse(member.profile().name());
    }

    /** The subject an identity key names, or {@code subject_invalid}. */
    private static Identity subject(String key) {
        try {
            return Identity.parse(key);
        } catch (DomainException invalid) {
            throw Check.invalid("subject", "must be an identity key such as handle:forum/steve or email:a@b.org");
        }
    }

    /** The period an API name gives, all time when none is; {@code period_invalid} otherwise. */
    private static LeaderboardPeriod period(String name) {
        return LeaderboardPeriod.parse(Optional.ofNullable(name).orElse(DEFAULT_PERIOD));
    }
}
