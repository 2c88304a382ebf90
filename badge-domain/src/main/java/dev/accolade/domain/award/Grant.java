package dev.accolade.domain.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.Optional;

/**
 * What an award or an offer gives and to whom: the terms, the recipient identity and the name the
 * issuer gave it, the member it reached once someone claims that identity, the evidence and the expiry.
 * Award and offer carry the same value, so that accepting an offer hands its grant on unchanged.
 *
 * @param terms what is given
 * @param recipient the identity it is addressed to
 * @param recipientName the recipient's name as the issuer gave it, if it did
 * @param holder the member it reached, once one has claimed the recipient identity
 * @param evidence what the issuer gave as proof
 * @param expiresAt when the award stops counting, if ever
 */
public record Grant(AwardTerms terms, Identity recipient, Optional<RecipientName> recipientName,
        Optional<MemberId> holder, Evidence evidence, Optional<Instant> expiresAt) {

    /** Checks every part; a missing recipient is {@code recipient_required}. */
    public Grant {
        requireNonNull(terms, "terms");
        Check.required(recipient, "recipient");
        requireNonNull(recipientName, "recipientName");
        requireNonNull(holder, "holder");
        requireNonNull(evidence, "evidence");
        requireNonNull(expiresAt, "expiresAt");
    }

    /** A grant of these terms to an identity, without name, holder, evidence or expiry yet. */
    public static Grant of(AwardTerms terms, Identity recipient) {
        return new Grant(terms, recipient, Optional.empty(), Optional.empty(), Evidence.NONE, Optional.empty());
    }

    /** The template given. */
    public TemplateId template() {
        return terms.template();
    }

    /** This grant with the recipient's name, when one is given. */
    public Grant named(Optional<RecipientName> name) {
        return new Grant(terms, recipient, name, holder, evidence, expiresAt);
    }

    /** This grant reaching a member now, or nobody yet. */
    public Grant heldBy(Optional<MemberId> member) {
        return new Grant(terms, recipient, recipientName, member, evidence, expiresAt);
    }

    /** This grant with evidence. */
    public Grant withEvidence(Evidence proof) {
        return new Grant(terms, recipient, recipientName, holder, proof, expiresAt);
    }

    /** This grant expiring at a time, or never. */
    public Grant expiringAt(Optional<Instant> expiry) {
        return new Grant(terms, recipient, recipientName, holder, evidence, expiry);
    }

    /**
     * This grant as of a new award or offer made at a time: an expiry, when given, must be a usable
     * instant that lies after it ({@code expires_at_invalid}).
     */
    public Grant madeAt(Instant now) {
        Optional<Instant> expiry = expiresAt.map(instant -> Check.instant(instant, "expires_at"));
        if (expiry.filter(at -> !at.isAfter(now)).isPresent()) {
            throw Check.invalid("expires_at", "must lie in the future");
        }
        return expiringAt(expiry);
    }

    /**
     * This grant reaching the member who claimed its recipient identity; a grant that already reached
     * another member is a programming error.
     */
    public Grant deliveredTo(MemberId member) {
        requireNonNull(member, "member");
        if (holder.isPresent() && !holder.get().equals(member)) {
            throw new IllegalStateException("a grant to " + recipient.key() + " already reached another member");
        }
        return heldBy(Optional.of(member));
    }

    /** The key unique among live awards and pending offers of a non-repeatable template. */
    public String exclusivityKey() {
        return terms.exclusivityKey(recipient);
    }
}
