package dev.accolade.adapter.out.memory;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.port.out.offer.OfferQuery;
import dev.accolade.application.port.out.offer.OfferRepository;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Offers in memory; one pending offer per recipient of a non-repeatable template. */
final class InMemoryOfferRepository implements OfferRepository {

    private static final Unique<Offer> EXCLUSIVE = new Unique<>("offer_already_pending",
            "An offer of this template to this recipient is already pending.", Offer::exclusivityKey);
    private static final SortKey<Offer, Instant> NEWEST = SortKey.byTime(Offer::createdAt, o -> o.id().value());

    private final InMemoryDatabase database;
    private final Table<OfferId, Offer> table;

    InMemoryOfferRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = Tables.byId(database, Offer::id, List.of(EXCLUSIVE));
    }

    /** The offers table, for listing offers together with awards. */
    Table<OfferId, Offer> table() {
        return table;
    }

    @Override
    public void insert(Offer offer) {
        database.write(() -> table.insert(offer));
    }

    @Override
    public void update(Offer offer) {
        database.write(() -> table.update(offer));
    }

    @Override
    public Optional<Offer> findById(OfferId id) {
        return database.read(() -> table.get(id));
    }

    @Override
    public Optional<Offer> findPending(TemplateId template, Identity recipient, Optional<MemberId> holder) {
        return database.read(() -> table.rows()
                .filter(offer -> offer.isPending() && offer.template().equals(template))
                .filter(offer -> offer.recipient().equals(recipient)
                        || (holder.isPresent() && offer.holder().equals(holder)))
                .min(Comparator.comparing(Offer::createdAt).thenComparingLong(o -> o.id().value())));
    }

    @Override
    public List<Offer> findUndelivered(Collection<Identity> recipients) {
        Set<Identity> wanted = Set.copyOf(recipients);
        return database.read(() -> table.rows()
                .filter(offer -> offer.holder().isEmpty() && wanted.contains(offer.recipient()))
                .sorted(Comparator.comparingLong(o -> o.id().value())).toList());
    }

    @Override
    public Page<Offer> find(OfferQuery query, PageRequest page) {
        return database.read(() -> NEWEST.page(table.rows()
                .filter(offer -> query.issuer().map(offer.issuer()::equals).orElse(true))
                .filter(offer -> query.holder().map(h -> offer.holder().equals(Optional.of(h))).orElse(true))
                .filter(offer -> query.status().map(s -> offer.status() == s).orElse(true))
                .filter(offer -> query.created().contains(offer.createdAt())).toList(),
                SortDirection.DESC, page));
    }

    @Override
    public void deleteByTemplate(TemplateId template) {
        database.write(() -> table.rows().filter(offer -> offer.template().equals(template))
                .forEach(offer -> table.delete(offer.id())));
    }
}
