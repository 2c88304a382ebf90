package dev.accolade.application.port.out.issuer;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.member.MemberId;
import java.util.List;
import java.util.Optional;

/** Stores issuers; slugs are unique ({@code issuer_slug_taken}). */
public interface IssuerRepository {

    /** Adds a new issuer. */
    void insert(Issuer issuer);

    /** The issuer with this id. */
    Optional<Issuer> findById(IssuerId id);

    /** The issuer with this slug. */
    Optional<Issuer> findBySlug(IssuerSlug slug);

    /** The issuers a member acts as, oldest first. */
    List<Issuer> findByOwner(MemberId owner);

    /** All issuers, oldest first. */
    Page<Issuer> list(PageRequest page);
}
