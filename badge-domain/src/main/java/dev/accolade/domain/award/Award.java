package dev.accolade.domain.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The achievement itself: a template's live version given to a recipient identity, reaching the
 * member who holds that identity once there is one. Immutable; changes return a new instance.
 */
public final class Award {

    private final AwardId id;
    private final AwardTerms terms;
    private final Identity recipient;
    private final Optional<RecipientName> recipientName;
    private final Optional<MemberId> holder;
    private final Instant awardedAt;
    private final AwardSource source;
    private final Evidence evidence;
    private final Optional<Instant> expiresAt;
    private final Optional<Instant> viewedAt;
    private final Optional<Revocation> revocation;

    private Award(AwardId id, AwardTerms terms, Identity recipient, Optional<RecipientName> recipientName,
            Optional<MemberId> holder, Instant awardedAt, AwardSource source, Evidence evidence,
            Optional<Instant> expiresAt, Optional<Instant> viewedAt, Optional<Revocation> revocation) {
        this.id = requireNonNull(id, "id");
        this.terms = requireNonNull(terms, "terms");
        this.recipient = Check.required(recipient, "recipient");
        this.recipientName = requireNonNull(recipientName, "recipientName");
        this.holder = requireNonNull(holder, "holder");
        this.awardedAt = requireNonNull(awardedAt, "awardedAt");
        this.source = requireNonNull(source, "source");
        this.evidence = requireNonNull(evidence, "evidence");
        this.expiresAt = requireNonNull(expiresAt, "expiresAt");
        this.viewedAt = requireNonNull(viewedAt, "viewedAt");
        this.revocation = requireNonNull(revocation, "revocation");
    }

    /** A new award, possibly naming its recipient; an expiry, when given, must lie after the award time. */
    public static Award grant(AwardId id, AwardTerms terms, Identity recipient, Optional<RecipientName> recipientName,
            Optional<MemberId> holder, AwardSource source, Evidence evidence, Optional<Instant> expiresAt,
            Instant now) {
        Optional<Instant> expiry = requireNonNull(expiresAt, "expiresAt")
                .map(instant -> Check.instant(instant, "expires_at"));
        if (expiry.filter(at -> !at.isAfter(now)).isPresent()) {
            throw Check.invalid("expires_at", "must lie in the future");
        }
        return new Award(id, terms, recipient, recipientName, holder, now, source, evidence, expiry,
                Optional.empty(), Optional.empty());
    }

    /** An award as it was stored. */
    public static Award reconstitute(AwardId id, AwardTerms terms, Identity recipient,
            Optional<RecipientName> recipientName, Optional<MemberId> holder, Instant awardedAt, AwardSource source,
            Evidence evidence, Optional<Instant> expiresAt, Optional<Instant> viewedAt,
            Optional<Revocation> revocation) {
        return new Award(id, terms, recipient, recipientName, holder, awardedAt, source, evidence, expiresAt,
                viewedAt, revocation);
    }

    /** This award seen by its holder; the first viewing time stays. */
    public Award markViewed(Instant now) {
        if (viewedAt.isPresent()) {
            return this;
        }
        return new Award(id, terms, recipient, recipientName, holder, awardedAt, source, evidence, expiresAt,
                Optional.of(now), revocation);
    }

    /** This award taken back for a reason; an award is revoked once. */
    public Award revoke(String reason, Instant now) {
        if (revocation.isPresent()) {
            throw DomainException.conflict("award_already_revoked", "The award is already revoked.");
        }
        return new Award(id, terms, recipient, recipientName, holder, awardedAt, source, evidence, expiresAt,
                viewedAt, Optional.of(new Revocation(reason, now)));
    }

    /** This award reaching the member who claimed its recipient identity. */
    public Award deliverTo(MemberId member) {
        requireNonNull(member, "member");
        if (holder.isPresent() && !holder.get().equals(member)) {
            throw new IllegalStateException("award " + id + " is already held by another member");
        }
        return new Award(id, terms, recipient, recipientName, Optional.of(member), awardedAt, source, evidence,
                expiresAt, viewedAt, revocation);
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
        return terms.repeatable() || !isActive() ? Optional.empty() : Optional.of(terms.exclusivityKey(recipient));
    }

    public AwardId id() {
        return id;
    }

    public AwardTerms terms() {
        return terms;
    }

    public TemplateId template() {
        return terms.template();
    }

    public IssuerId issuer() {
        return terms.issuer();
    }

    /** The identity the award was addressed to. */
    public Identity recipient() {
        return recipient;
    }

    /** The recipient's name as the issuer gave it, if it did. */
    public Optional<RecipientName> recipientName() {
        return recipientName;
    }

    /** The member holding the award, once one has claimed the recipient identity. */
    public Optional<MemberId> holder() {
        return holder;
    }

    public Instant awardedAt() {
        return awardedAt;
    }

    public AwardSource source() {
        return source;
    }

    public Evidence evidence() {
        return evidence;
    }

    public Optional<Instant> expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> viewedAt() {
        return viewedAt;
    }

    public Optional<Revocation> revocation() {
        return revocation;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Award that && id.equals(that.id) && terms.equals(that.terms)
                && recipient.equals(that.recipient) && recipientName.equals(that.recipientName)
                && holder.equals(that.holder) && awardedAt.equals(that.awardedAt)
                && source.equals(that.source) && evidence.equals(that.evidence) && expiresAt.equals(that.expiresAt)
                && viewedAt.equals(that.viewedAt) && revocation.equals(that.revocation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, terms, recipient, holder, awardedAt, viewedAt, revocation);
    }

    @Override
    public String toString() {
        return "Award[" + id + ", template " + terms.template() + " to " + recipient.key() + "]";
    }
}
