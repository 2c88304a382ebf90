package dev.accolade.domain.issuer;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.member.MemberId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant that owns templates and awards them: an organization, a service, or a member acting
 * alone (then the member is its owner). Immutable; changes return a new instance.
 */
public final class Issuer {

    /** The longest display name accepted. */
    public static final int MAX_NAME_LENGTH = 100;

    private final IssuerId id;
    private final IssuerSlug slug;
    private final String name;
    private final Optional<MemberId> owner;
    private final Instant createdAt;
    private final IssuerProfile profile;
    private final Optional<WebUrl> credentialBase;

    private Issuer(IssuerId id, IssuerSlug slug, String name, Optional<MemberId> owner, Instant createdAt,
            IssuerProfile profile, Optional<WebUrl> credentialBase) {
        this.id = requireNonNull(id, "id");
        this.slug = Check.required(slug, "slug");
        this.name = Check.line(name, "name", MAX_NAME_LENGTH);
        this.owner = requireNonNull(owner, "owner");
        this.createdAt = requireNonNull(createdAt, "createdAt");
        this.profile = requireNonNull(profile, "profile");
        this.credentialBase = requireNonNull(credentialBase, "credentialBase");
    }

    /** A new issuer, optionally owned by the member who acts as it, with an empty profile. */
    public static Issuer create(IssuerId id, IssuerSlug slug, String name, Optional<MemberId> owner, Instant now) {
        return new Issuer(id, slug, name, owner, now, IssuerProfile.EMPTY, Optional.empty());
    }

    /** An issuer as it was stored. */
    public static Issuer reconstitute(IssuerId id, IssuerSlug slug, String name, Optional<MemberId> owner,
            Instant createdAt, IssuerProfile profile, Optional<WebUrl> credentialBase) {
        return new Issuer(id, slug, name, owner, createdAt, profile, credentialBase);
    }

    /** This issuer with a new profile. */
    public Issuer withProfile(IssuerProfile newProfile) {
        return new Issuer(id, slug, name, owner, createdAt, newProfile, credentialBase);
    }

    /**
     * This issuer with its credentials' base URL fixed, once: every credential id it issues derives from
     * it for as long as the issuer exists, so a server that moves keeps its old credentials' ids.
     */
    public Issuer pinCredentialsTo(WebUrl base) {
        requireNonNull(base, "base");
        return credentialBase.isPresent() ? this
                : new Issuer(id, slug, name, owner, createdAt, profile, Optional.of(base));
    }

    /** Whether this member acts as this issuer. */
    public boolean isOwnedBy(MemberId member) {
        return owner.filter(member::equals).isPresent();
    }

    public IssuerId id() {
        return id;
    }

    public IssuerSlug slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public Optional<MemberId> owner() {
        return owner;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public IssuerProfile profile() {
        return profile;
    }

    /** The base URL its credentials are issued under, once pinned. */
    public Optional<WebUrl> credentialBase() {
        return credentialBase;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Issuer that && id.equals(that.id) && slug.equals(that.slug)
                && name.equals(that.name) && owner.equals(that.owner) && createdAt.equals(that.createdAt)
                && profile.equals(that.profile) && credentialBase.equals(that.credentialBase);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, slug, name, owner, createdAt, profile, credentialBase);
    }

    @Override
    public String toString() {
        return "Issuer[" + id + ", " + slug + "]";
    }
}
