package dev.accolade.domain.offer;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.award.Grant;
import dev.accolade.domain.award.Granted;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.member.MemberId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An award waiting for its recipient: pending until the member holding the recipient identity
 * accepts or rejects it, or the issuer cancels it; answered once. Offers to an identity nobody has
 * claimed wait until a member claims it. Immutable; changes return a new instance.
 */
public final class Offer implements Granted {

    private final OfferId id;
    private final Grant grant;
    private final OfferStatus status;
    private final Optional<OfferCallback> callback;
    private final Instant createdAt;
    private final Optional<Instant> answeredAt;

    private Offer(OfferId id, Grant grant, OfferStatus status, Optional<OfferCallback> callback, Instant createdAt,
            Optional<Instant> answeredAt) {
        this.id = requireNonNull(id, "id");
        this.grant = requireNonNull(grant, "grant");
        this.status = requireNonNull(status, "status");
        this.callback = requireNonNull(callback, "callback");
        this.createdAt = requireNonNull(createdAt, "createdAt");
        this.answeredAt = requireNonNull(answeredAt, "answeredAt");
        if ((status == OfferStatus.PENDING) != answeredAt.isEmpty()) {
            throw new IllegalArgumentException("an offer has an answer time exactly when it is answered");
        }
    }

    /** A new pending offer; the award it leads to may expire, after now. */
    public static Offer make(OfferId id, Grant grant, Optional<OfferCallback> callback, Instant now) {
        return new Offer(id, requireNonNull(grant, "grant").madeAt(now), OfferStatus.PENDING, callback, now,
                Optional.empty());
    }

    /** An offer as it was stored. */
    public static Offer reconstitute(OfferId id, Grant grant, OfferStatus status, Optional<OfferCallback> callback,
            Instant createdAt, Optional<Instant> answeredAt) {
        return new Offer(id, grant, status, callback, createdAt, answeredAt);
    }

    /**
     * This offer accepted by the member it reached; refused once the award it would make has
     * expired ({@code offer_expired}), when only rejecting or cancelling is left.
     */
    public Offer accept(MemberId by, Instant now) {
        requireAnswerableBy(by);
        if (expiresAt().filter(expiry -> !expiry.isAfter(now)).isPresent()) {
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
        return new Offer(id, grant.deliveredTo(member), status, callback, createdAt, answeredAt);
    }

    /**
     * The offer as its recipient may see it: without the callback, whose token proves to the
     * issuer's system that a call comes from this server.
     */
    public Offer recipientView() {
        return new Offer(id, grant, status, Optional.empty(), createdAt, answeredAt);
    }

    /** Whether the offer still waits for an answer. */
    public boolean isPending() {
        return status == OfferStatus.PENDING;
    }

    /** The key unique among pending offers of a non-repeatable template; empty when none applies. */
    public Optional<String> exclusivityKey() {
        return terms().repeatable() || !isPending() ? Optional.empty() : Optional.of(grant.exclusivityKey());
    }

    private void requireAnswerableBy(MemberId by) {
        requirePending();
        if (holder().filter(requireNonNull(by, "by")::equals).isEmpty()) {
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
        return new Offer(id, grant, answer, callback, createdAt, Optional.of(now));
    }

    public OfferId id() {
        return id;
    }

    @Override
    public Grant grant() {
        return grant;
    }

    public OfferStatus status() {
        return status;
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
        return other instanceof Offer that && id.equals(that.id) && grant.equals(that.grant) && status == that.status
                && callback.equals(that.callback) && createdAt.equals(that.createdAt)
                && answeredAt.equals(that.answeredAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, grant, status, createdAt, answeredAt);
    }

    @Override
    public String toString() {
        return "Offer[" + id + ", template " + template() + " to " + recipient().key() + ", " + status + "]";
    }
}
