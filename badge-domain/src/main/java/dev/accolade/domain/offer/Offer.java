package dev.accolade.domain.offer;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.RecipientName;
import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An award waiting for its recipient: pending until the member holding the recipient identity
 * accepts or rejects it, or the issuer cancels it; answered once. Offers to an identity nobody has
 * claimed wait until a member claims it. Immutable; changes return a new instance.
 */
public final class Offer {

    private final OfferId id;
    private final AwardTerms terms;
    private final Identity recipient;
    private final Optional<RecipientName> recipientName;
    private final Optional<MemberId> holder;
    private final OfferStatus status;
    private final Evidence evidence;
    private final Optional<Instant> expiresAt;
    private final Optional<OfferCallback> callback;
    private final Instant createdAt;
    private final Optional<Instant> answeredAt;

    private Offer(OfferId id, AwardTerms terms, Identity recipient, Optional<RecipientName> recipientName,
            Optional<MemberId> holder, OfferStatus status, Evidence evidence, Optional<Instant> expiresAt,
            Optional<OfferCallback> callback, Instant createdAt, Optional<Instant> answeredAt) {
        this.id = requireNonNull(id, "id");
        this.terms = requireNonNull(terms, "terms");
        this.recipient = Check.required(recipient, "recipient");
        this.recipientName = requireNonNull(recipientName, "recipientName");
        this.holder = requireNonNull(holder, "holder");
        this.status = requireNonNull(status, "status");
        this.evidence = requireNonNull(evidence, "evidence");
        this.expiresAt = requireNonNull(expiresAt, "expiresAt");
        this.callback = requireNonNull(callback, "callback");
        this.createdAt = requireNonNull(createdAt, "createdAt");
        this.answeredAt = requireNonNull(answeredAt, "answeredAt");
        if ((status == OfferStatus.PENDING) != answeredAt.isEmpty()) {
            throw new IllegalArgumentException("an offer has an answer time exactly when it is answered");
        }
    }

    /** A new pending offer, possibly naming its recipient; the award it leads to may expire, after now. */
    public static Offer make(OfferId id, AwardTerms terms, Identity recipient, Optional<RecipientName> recipientName,
            Optional<MemberId> holder, Evidence evidence, Optional<Instant> expiresAt,
            Optional<OfferCallback> callback, Instant now) {
        Optional<Instant> expiry = requireNonNull(expiresAt, "expiresAt")
                .map(instant -> Check.instant(instant, "expires_at"));
        if (expiry.filter(at -> !at.isAfter(now)).isPresent()) {
            throw Check.invalid("expires_at", "must lie in the future");
        }
        return new Offer(id, terms, recipient, recipientName, holder, OfferStatus.PENDING, evidence, expiry,
                callback, now, Optional.empty());
    }

    /** An offer as it was stored. */
    public static Offer reconstitute(OfferId id, AwardTerms terms, Identity recipient,
            Optional<RecipientName> recipientName, Optional<MemberId> holder, OfferStatus status, Evidence evidence,
            Optional<Instant> expiresAt, Optional<OfferCallback> callback, Instant createdAt,
            Optional<Instant> answeredAt) {
        return new Offer(id, terms, recipient, recipientName, holder, status, evidence, expiresAt, callback,
                createdAt, answeredAt);
    }

    /**
     * This offer accepted by the member it reached; refused once the award it would make has
     * expired ({@code offer_expired}), when only rejecting or cancelling is left.
     */
    public Offer accept(MemberId by, Instant now) {
        requireAnswerableBy(by);
        if (expiresAt.filter(expiry -> !expiry.isAfter(now)).isPresent()) {
            throw DomainException.ruleViolation("offer_expired",
                    "The award this offer makes expired before it was accepted.");
        }
        return answered(OfferStatus.ACCEPTED, now);
    }

    /** This offer declined by the member it reached. */
    public Offer reject(MemberId by, Instant now) {
        requireAnswerableBy(by);
        return answered(OfferStatus.REJECTED, now);
    }

    /** This offer withdrawn by its issuer. */
    public Offer cancel(Instant now) {
        requirePending();
        return answered(OfferStatus.CANCELLED, now);
    }

    /** This offer reaching the member who claimed its recipient identity. */
    public Offer deliverTo(MemberId member) {
        requireNonNull(member, "member");
        if (holder.isPresent() && !holder.get().equals(member)) {
            throw new IllegalStateException("offer " + id + " already reached another member");
        }
        return new Offer(id, terms, recipient, recipientName, Optional.of(member), status, evidence, expiresAt,
                callback, createdAt, answeredAt);
    }

    /**
     * The offer as its recipient may see it: without the callback, whose token proves to the
     * issuer's system that a call comes from this server.
     */
    public Offer recipientView() {
        return new Offer(id, terms, recipient, recipientName, holder, status, evidence, expiresAt, Optional.empty(),
                createdAt, answeredAt);
    }

    /** Whether the offer still waits for an answer. */
    public boolean isPending() {
        return status == OfferStatus.PENDING;
    }

    /** The key unique among pending offers of a non-repeatable template; empty when none applies. */
    public Optional<String> exclusivityKey() {
        return terms.repeatable() || !isPending() ? Optional.empty() : Optional.of(terms.exclusivityKey(recipient));
    }

    private void requireAnswerableBy(MemberId by) {
        requirePending();
        if (holder.filter(requireNonNull(by, "by")::equals).isEmpty()) {
            throw DomainException.forbidden("offer_not_addressed_to_member",
                    "The offer is not addressed to this member.");
        }
    }

    private void requirePending() {
        if (!isPending()) {
            throw DomainException.conflict("offer_already_answered",
                    "The offer was already " + status.name().toLowerCase(Locale.ROOT) + ".");
        }
    }

    private Offer answered(OfferStatus answer, Instant now) {
        return new Offer(id, terms, recipient, recipientName, holder, answer, evidence, expiresAt, callback,
                createdAt, Optional.of(now));
    }

    public OfferId id() {
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

    /** The identity the offer was addressed to. */
    public Identity recipient() {
        return recipient;
    }

    /** The recipient's name as the issuer gave it, if it did; the award made on acceptance keeps it. */
    public Optional<RecipientName> recipientName() {
        return recipientName;
    }

    /** The member the offer reached, once one has claimed the recipient identity. */
    public Optional<MemberId> holder() {
        return holder;
    }

    public OfferStatus status() {
        return status;
    }

    public Evidence evidence() {
        return evidence;
    }

    /** When the award made from this offer will expire, if ever. */
    public Optional<Instant> expiresAt() {
        return expiresAt;
    }

    public Optional<OfferCallback> callback() {
        return callback;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> answeredAt() {
        return answeredAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Offer that && id.equals(that.id) && terms.equals(that.terms)
                && recipient.equals(that.recipient) && recipientName.equals(that.recipientName)
                && holder.equals(that.holder) && status == that.status
                && evidence.equals(that.evidence) && expiresAt.equals(that.expiresAt)
                && callback.equals(that.callback) && createdAt.equals(that.createdAt)
                && answeredAt.equals(that.answeredAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, terms, recipient, holder, status, createdAt, answeredAt);
    }

    @Override
    public String toString() {
        return "Offer[" + id + ", template " + terms.template() + " to " + recipient.key() + ", " + status + "]";
    }
}
