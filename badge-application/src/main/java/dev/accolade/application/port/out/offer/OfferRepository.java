package dev.accolade.application.port.out.offer;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.template.TemplateId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores offers. A non-repeatable template has at most one pending offer per recipient identity
 * ({@code offer_already_pending}, on {@link Offer#exclusivityKey()}).
 */
public interface OfferRepository {

    /** Adds a new offer. */
    void insert(Offer offer);

    /** Replaces a stored offer. */
    void update(Offer offer);

    /** The offer with this id. */
    Optional<Offer> findById(OfferId id);

    /** A pending offer of the template to this identity, or to the member holding it. */
    Optional<Offer> findPending(TemplateId template, Identity recipient, Optional<MemberId> holder);

    /** Offers addressed to any of these identities that have not reached a member yet. */
    List<Offer> findUndelivered(Collection<Identity> recipients);

    /** One page of the offers a query selects, newest first. */
    Page<Offer> find(OfferQuery query, PageRequest page);

    /** Removes every offer of a template. */
    void deleteByTemplate(TemplateId template);
}
