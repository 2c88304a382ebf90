package dev.accolade.application.port.out.score;

import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.score.Standing;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Points, leaderboards and rarity figures, kept incrementally in the unit of work that awards or revokes:
 * per issuer its subjects and their count, per award what it counted (until it is revoked, expires or goes with
 * its template), per period bucket each subject's score, and per template how many subjects hold it.
 * Concurrent units of work each add theirs, none lost.
 */
public interface ScoreRepository {

    /** Counts a subject among its issuer's subjects, once; true when it was new and the count grew by one. */
    boolean enrol(IssuerId issuer, Identity subject);

    /**
     * Counts each of these subjects among its issuer's subjects, once, as one store operation (one look-up of
     * those enrolled before and a written batch): how many were new, by which the count grew.
     */
    int enrolAll(IssuerId issuer, Collection<Identity> subjects);

    /** How many subjects an issuer has: one read by key. */
    long subjectCount(IssuerId issuer);

    /** How many subjects each issuer has; issuers without any are left out. */
    Map<IssuerId, Long> subjectCounts(Collection<IssuerId> issuers);

    /**
     * Records what an award counts for and adds it: its points to the subject's score in each bucket (the
     * score then reached at {@code at}), and one to the subject's live awards of the template, which makes
     * the subject a holder when it was the first. An award counted before is left as it is.
     */
    void count(CountedAward counted, Instant at);

    /**
     * Counts these awards as {@link #count} would one after the other, with a few statements for all of them: each
     * subject's points added once per bucket, each holding and count row written once.
     */
    void countAll(List<CountedAward> counted, Instant at);

    /**
     * Takes back what an award counted, as of a time, and forgets it: its points from each bucket, and one
     * from the subject's live awards of the template, which ends the holding when it was the last. Empty, and
     * nothing changed, for an award that counted nothing (made before scores were kept, or taken back already).
     */
    Optional<CountedAward> uncount(AwardId award, Instant at);

    /**
     * Some counted awards whose expiry is at or before {@code at}, at most {@code limit}, in no promised order: one
     * range of an index on the expiry.
     */
    List<AwardId> expiredBy(Instant at, int limit);

    /** Some counted awards of a template, at most {@code limit}: one range of an index on the template. */
    List<AwardId> countedOf(TemplateId template, int limit);

    /** How many subjects hold a live award of each template; templates nobody holds are left out. */
    Map<TemplateId, Long> holderCounts(Collection<TemplateId> templates);

    /** A subject's standing in a bucket: empty when it has no points there. */
    Optional<Standing> standing(IssuerId issuer, String period, Identity subject);

    /**
     * The standings of a bucket from the best, subjects with points only: after a standing when one is given
     * (the last of the previous page), at most {@code limit}.
     */
    List<Standing> ranking(IssuerId issuer, String period, Optional<Standing> after, int limit);

    /** The standings just above one, at most {@code limit}, nearest last: those it would have to pass. */
    List<Standing> above(IssuerId issuer, String period, Standing of, int limit);
}
