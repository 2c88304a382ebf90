package dev.accolade.domain.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.member.MemberId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The achievement itself: a template's live version given to a recipient identity, reaching the
 * member who holds that identity once there is one. Immutable; changes return a new instance.
 */
public final class Award implements Granted {

    private final AwardId id;
    private final Grant grant;
    private final Instant awardedAt;
    private final AwardSource source;
    private final Optional<Instant> viewedAt;
    private final Optional<Revocation> revocation;
    private final AwardCredential credential;

    private Award(AwardId id, Grant grant, Instant awardedAt, AwardSource source, Optional<Instant> viewedAt,
            Optional<Revocation> revocation, AwardCredential credential) {
        this.id = requireNonNull(id, "id");
        this.credential = requireNonNull(credential, "credential");
        this.grant = requireNonNull(grant, "grant");
        this.awardedAt = requireNonNull(awardedAt, "awardedAt");
        this.source = requireNonNull(source, "source");
        this.viewedAt = requireNonNull(viewedAt, "viewedAt");
        this.revocation = requireNonNull(revocation, "revocation");
    }

    /**
     * A new award made at a time (now, or when a server's log announced it); an expiry, when given,
     * must lie after that time.
     */
    public static Award grant(AwardId id, Grant grant, AwardSource source, Instant awardedAt,
            AwardCredential credential) {
        return new Award(id, requireNonNull(grant, "grant").madeAt(awardedAt), awardedAt, source, Optional.empty(),
                Optional.empty(), credential);
    }

    /** An award as it was stored. */
    public static Award reconstitute(AwardId id, Grant grant, Instant awardedAt, AwardSource source,
            Optional<Instant> viewedAt, Optional<Revocation> revocation, AwardCredential credential) {
        return new Award(id, grant, awardedAt, source, viewedAt, revocation, credential);
    }

    /** This award seen by its holder; the first viewing time stays. */
    public Award markViewed(Instant now) {
        if (viewedAt.isPresent()) {
            return this;
        }
        return new Award(id, grant, awardedAt, source, Optional.of(now), revocation, credential);
    }

    /** This award taken back for a reason; an award is revoked once. */
    public Award revoke(String reason, Instant now) {
        if (revocation.isPresent()) {
            throw DomainException.conflict("award_already_revoked", "The award is already revoked.");
        }
        return new Award(id, grant, awardedAt, source, viewedAt, Optional.of(new Revocation(reason, now)), credential);
    }

    /** This award reaching the member who claimed its recipient identity. */
    public Award deliverTo(MemberId member) {
        return new Award(id, grant.deliveredTo(member), awardedAt, source, viewedAt, revocation, credential);
    }

    /** Whether the award still stands. */
    public boolean isActive() {
        return revocation.isEmpty();
    }

    /** Whether the holder has not seen it yet. */
    public boolean isNew() {
        return viewedAt.isEmpty();
    }

    /** The key unique among live awards of a non-repeatable template; empty when none applies. */
    public Optional<String> exclusivityKey() {
        return terms().repeatable() || !isActive() ? Optional.empty() : Optional.of(grant.exclusivityKey());
    }

    public AwardId id() {
        return id;
    }

    @Override
    public Grant grant() {
        return grant;
    }

    public Instant awardedAt() {
        return awardedAt;
    }

    public AwardSource source() {
        return source;
    }

    public Optional<Instant> viewedAt() {
        return viewedAt;
    }

    public Optional<Revocation> revocation() {
        return revocation;
    }

    /** What makes it a portable credential: its public id, recipient salt and status slot. */
    public AwardCredential credential() {
        return credential;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Award that && id.equals(that.id) && grant.equals(that.grant)
                && awardedAt.equals(that.awardedAt) && source.equals(that.source) && viewedAt.equals(that.viewedAt)
                && revocation.equals(that.revocation) && credential.equals(that.credential);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, grant, awardedAt, viewedAt, revocation);
    }

    @Override
    public String toString() {
        return "Award[" + id + ", template " + template() + " to " + recipient().key() + "]";
    }
}
