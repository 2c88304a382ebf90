package dev.accolade.application.leaderboard;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.application.port.out.score.CountedAward;
import dev.accolade.application.port.out.score.ScoreRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerProfile;
import dev.accolade.domain.score.LeaderboardPeriod;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps points, leaderboards and rarity up to date as awards are made and revoked, in their unit of work.
 * An award counts its template's live points (as they were when it was made) in the all-time bucket and in
 * the day, week and month of its award time in the issuer's time zone; its revocation, its expiry
 * ({@link AwardExpiry}) or its template's deletion takes back exactly that. Its recipient becomes one of the
 * issuer's subjects and, while it holds a live award of the template, one of the template's holders.
 */
final class Scoring {

    /** Awards taken back per read of a deleted template's counted awards. */
    private static final int BATCH = 500;

    private final ScoreRepository scores;
    private final TemplateRepository templates;
    private final IssuerRepository issuers;

    Scoring(ScoreRepository scores, TemplateRepository templates, IssuerRepository issuers) {
        this.scores = requireNonNull(scores, "scores");
        this.templates = requireNonNull(templates, "templates");
        this.issuers = requireNonNull(issuers, "issuers");
    }

    /** Counts a live award that was just made, as of a time. */
    void awarded(Award award, Instant at) {
        if (!award.isActive()) {
            return;
        }
        long points = templates.findById(award.template())
                .flatMap(template -> template.live()).map(live -> live.details().points()).orElse(0L);
        ZoneId zone = issuers.findById(award.issuer()).map(Scoring::zoneOf).orElse(IssuerProfile.UTC);
        scores.enrol(award.issuer(), award.recipient());
        scores.count(new CountedAward(award.id(), award.issuer(), award.template(), award.recipient(), points,
                LeaderboardPeriod.keysAt(award.awardedAt(), zone), award.grant().expiresAt()), at);
    }

    /**
     * Counts live awards that were just made, each as of its event's time, as {@link #awarded} would one by one:
     * the template's points and the issuer's zone read once each.
     */
    void awardedAll(List<AwardGranted> granted) {
        Map<TemplateId, Long> points = new HashMap<>();
        Map<IssuerId, ZoneId> zones = new HashMap<>();
        Map<IssuerId, Set<Identity>> subjects = new LinkedHashMap<>();
        Map<Instant, List<CountedAward>> counted = new LinkedHashMap<>();
        for (AwardGranted event : granted) {
            Award award = event.award();
            if (!award.isActive()) {
                continue;
            }
            long worth = points.computeIfAbsent(award.template(), template -> templates.findById(template)
                    .flatMap(found -> found.live()).map(live -> live.details().points()).orElse(0L));
            ZoneId zone = zones.computeIfAbsent(award.issuer(), issuer -> issuers.findById(issuer)
                    .map(Scoring::zoneOf).orElse(IssuerProfile.UTC));
            subjects.computeIfAbsent(award.issuer(), issuer -> new LinkedHashSet<>()).add(award.recipient());
            counted.computeIfAbsent(event.occurredAt(), at -> new ArrayList<>()).add(new CountedAward(award.id(),
                    award.issuer(), award.template(), award.recipient(), worth,
                    LeaderboardPeriod.keysAt(award.awardedAt(), zone), award.grant().expiresAt()));
        }
        subjects.forEach(scores::enrolAll);
        counted.forEach((at, awards) -> scores.countAll(awards, at));
    }

    /** Takes back what a revoked award counted, as of a time. */
    void revoked(Award award, Instant at) {
        scores.uncount(award.id(), at);
    }

    /**
     * Takes back, as of a time, what every award of a deleted template counted (its awards are gone without a
     * revocation), a batch at a time; the template's holders with them.
     */
    void templateDeleted(TemplateId template, Instant at) {
        for (List<AwardId> batch = scores.countedOf(template, BATCH); !batch.isEmpty();
                batch = scores.countedOf(template, BATCH)) {
            batch.forEach(award -> scores.uncount(award, at));
        }
    }

    /** The time zone an issuer's periods are reckoned in. */
    static ZoneId zoneOf(Issuer issuer) {
        return issuer.profile().timeZone();
    }
}
