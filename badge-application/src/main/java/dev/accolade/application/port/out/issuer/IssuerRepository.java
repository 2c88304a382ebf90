package dev.accolade.application.port.out.issuer;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.member.MemberId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores issuers; slugs are unique ({@code issuer_slug_taken}). */
public interface IssuerRepository {

    /** Adds a new issuer. */
    void insert(Issuer issuer);

    /** Replaces a stored issuer's profile; its id, slug, owner and credential base stay. */
    void updateProfile(Issuer issuer);

    /** Pins every issuer whose credential base is not pinned yet to this one; how many there were. */
    int pinCredentials(WebUrl base);

    /** Every base URL some issuer's credentials are pinned to. */
    Set<WebUrl> credentialBases();

    /** The issuer with this id. */
    Optional<Issuer> findById(IssuerId id);

    /** The issuer with this slug. */
    Optional<Issuer> findBySlug(IssuerSlug slug);

    /** The issuers a member acts as, oldest first. */
    List<Issuer> findByOwner(MemberId owner);

    /** All issuers, oldest first. */
    Page<Issuer> list(PageRequest page);
}
