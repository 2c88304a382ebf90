package dev.accolade.domain.issuer;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
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

    private Issuer(IssuerId id, IssuerSlug slug, String name, Optional<MemberId> owner, Instant createdAt) {
        this.id = requireNonNull(id, "id");
        this.slug = Check.required(slug, "slug");
        this.name = Check.line(name, "name", MAX_NAME_LENGTH);
        this.owner = requireNonNull(owner, "owner");
        this.createdAt = requireNonNull(createdAt, "createdAt");
    }

    /** A new issuer, optionally owned by the member who acts as it. */
    public static Issuer create(IssuerId id, IssuerSlug slug, String name, Optional<MemberId> owner, Instant now) {
        return new Issuer(id, slug, name, owner, now);
    }

    /** An issuer as it was stored. */
    public static Issuer reconstitute(IssuerId id, IssuerSlug slug, String name, Optional<MemberId> owner,
            Instant createdAt) {
        return new Issuer(id, slug, name, owner, createdAt);
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

    @Override
    public boolean equals(Object other) {
        return other instanceof Issuer that && id.equals(that.id) && slug.equals(that.slug)
                && name.equals(that.name) && owner.equals(that.owner) && createdAt.equals(that.createdAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, slug, name, owner, createdAt);
    }

    @Override
    public String toString() {
        return "Issuer[" + id + ", " + slug + "]";
    }
}
