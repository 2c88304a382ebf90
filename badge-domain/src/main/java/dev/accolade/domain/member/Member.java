package dev.accolade.domain.member;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered person. A registration counts only once it is confirmed; until then the member
 * cannot sign in and claims no identity. Immutable; changes return a new instance.
 */
public final class Member {

    /** The most authority categories a member may have. */
    public static final int MAX_AUTHORITY_CATEGORIES = 20;
    /** How recent the last visit must be for the member to count as online. */
    public static final Duration ONLINE_WINDOW = Duration.ofMinutes(5);

    private final MemberId id;
    private final MemberProfile profile;
    private final PasswordHash passwordHash;
    private final MemberStatus status;
    private final List<CategoryId> authorityCategories;
    private final Optional<Instant> lastVisit;
    private final Instant registeredAt;
    private final Optional<Instant> confirmedAt;
    private final Optional<SecretHash> confirmationHash;
    private final Optional<MemberId> parent;

    private Member(MemberId id, MemberProfile profile, PasswordHash passwordHash, MemberStatus status, List<CategoryId> authorityCategories,
            Optional<Instant> lastVisit, Instant registeredAt, Optional<Instant> confirmedAt,
            Optional<SecretHash> confirmationHash, Optional<MemberId> parent) {
        this.id = requireNonNull(id, "id");
        this.profile = requireNonNull(profile, "profile");
        this.passwordHash = requireNonNull(passwordHash, "passwordHash");
        this.status = requireNonNull(status, "status");
        this.authorityCategories = Check.distinctList(authorityCategories, "authority_categories",
                MAX_AUTHORITY_CATEGORIES);
        this.lastVisit = requireNonNull(lastVisit, "lastVisit");
        this.registeredAt = requireNonNull(registeredAt, "registeredAt");
        this.confirmedAt = requireNonNull(confirmedAt, "confirmedAt");
        this.confirmationHash = requireNonNull(confirmationHash, "confirmationHash");
        this.parent = requireNonNull(parent, "parent");
        if (confirmedAt.isPresent() == confirmationHash.isPresent()) {
            throw new IllegalArgumentException("a member is either confirmed or waits on a confirmation token");
        }
    }

    /**
     * A new, unconfirmed registration. The confirmation token's hash is kept; the token itself goes
     * to the person who owns the email address.
     */
    public static Member register(MemberId id, MemberProfile profile, PasswordHash passwordHash,
            Optional<MemberId> parent, SecretHash confirmationHash, Instant now) {
        return new Member(id, profile, passwordHash, MemberStatus.ACTIVE, List.of(), Optional.empty(), now, Optional.empty(),
                Optional.of(confirmationHash), parent);
    }

    /** A member as it was stored. */
    public static Member reconstitute(MemberId id, MemberProfile profile, PasswordHash passwordHash,
            MemberStatus status, List<CategoryId> authorityCategories, Optional<Instant> lastVisit,
            Instant registeredAt, Optional<Instant> confirmedAt, Optional<SecretHash> confirmationHash,
            Optional<MemberId> parent) {
        return new Member(id, profile, passwordHash, status, authorityCategories, lastVisit, registeredAt, confirmedAt, confirmationHash, parent);
    }

    /** This member confirmed by the token sent at registration; a registration is confirmed once. */
    public Member confirm(String token, Instant now) {
        if (isConfirmed()) {
            throw DomainException.conflict("member_already_confirmed", "The registration is already confirmed.");
        }
        if (!confirmationHash.orElseThrow().matches(token)) {
            throw DomainException.invalid("confirmation_token_invalid", "The confirmation token is not valid.");
        }
        return confirmedAt(now);
    }

    /** This member waiting on a new confirmation token, the earlier one no longer valid; only before confirmation. */
    public Member withNewConfirmation(SecretHash newConfirmationHash) {
        requireNonNull(newConfirmationHash, "newConfirmationHash");
        if (isConfirmed()) {
            throw DomainException.conflict("member_already_confirmed", "The registration is already confirmed.");
        }
        return copy(status, authorityCategories, lastVisit, confirmedAt, Optional.of(newConfirmationHash));
    }

    /** This member confirmed without a token, as the sandbox does; no-op when already confirmed. */
    public Member confirmWithoutToken(Instant now) {
        return isConfirmed() ? this : confirmedAt(now);
    }

    /** Refuses sign-in to an unconfirmed or inactive member. */
    public void checkCanSignIn() {
        if (!isConfirmed()) {
            throw DomainException.unauthenticated("member_not_confirmed",
                    "You have to confirm your account before continuing.");
        }
        if (status == MemberStatus.INACTIVE) {
            throw DomainException.unauthenticated("member_inactive", "The account is inactive.");
        }
    }

    /** This member, seen now. */
    public Member visited(Instant now) {
        return copy(status, authorityCategories, Optional.of(now), confirmedAt, confirmationHash);
    }

    /** This member with another status. */
    public Member withStatus(MemberStatus newStatus) {
        return copy(requireNonNull(newStatus, "status"), authorityCategories, lastVisit, confirmedAt,
                confirmationHash);
    }

    /** This member with other authority categories. */
    public Member withAuthorityCategories(List<CategoryId> categories) {
        return copy(status, categories, lastVisit, confirmedAt, confirmationHash);
    }

    /** Whether the registration is confirmed. */
    public boolean isConfirmed() {
        return confirmedAt.isPresent();
    }

    /** Whether the member was seen within the {@link #ONLINE_WINDOW}. */
    public boolean isOnline(Instant now) {
        return lastVisit.filter(seen -> !seen.plus(ONLINE_WINDOW).isBefore(now)).isPresent();
    }

    /** The public profile: email, name, nickname and avatar. */
    public MemberProfile profile() {
        return profile;
    }

    private Member confirmedAt(Instant now) {
        return copy(status, authorityCategories, lastVisit, Optional.of(now), Optional.empty());
    }

    private Member copy(MemberStatus newStatus, List<CategoryId> categories, Optional<Instant> visit,
            Optional<Instant> confirmed, Optional<SecretHash> confirmation) {
        return new Member(id, profile, passwordHash, newStatus, categories, visit, registeredAt,
                confirmed, confirmation, parent);
    }

    public MemberId id() {
        return id;
    }

    public EmailAddress email() {
        return profile.email();
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public String name() {
        return profile.name();
    }

    public MemberStatus status() {
        return status;
    }

    public List<CategoryId> authorityCategories() {
        return authorityCategories;
    }

    public Optional<Instant> lastVisit() {
        return lastVisit;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Optional<Instant> confirmedAt() {
        return confirmedAt;
    }

    public Optional<SecretHash> confirmationHash() {
        return confirmationHash;
    }

    /** The member that created this one as a sub-account, if any. */
    public Optional<MemberId> parent() {
        return parent;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Member that && id.equals(that.id) && profile.equals(that.profile)
                && passwordHash.equals(that.passwordHash) && status == that.status
                && authorityCategories.equals(that.authorityCategories) && lastVisit.equals(that.lastVisit)
                && registeredAt.equals(that.registeredAt) && confirmedAt.equals(that.confirmedAt)
                && confirmationHash.equals(that.confirmationHash) && parent.equals(that.parent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, profile, status, registeredAt, confirmedAt);
    }

    @Override
    public String toString() {
        return "Member[" + id + ", " + profile.email() + "]";
    }
}
