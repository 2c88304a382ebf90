package dev.accolade.adapter.out.memory;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.out.award.GrantQuery;
import dev.accolade.application.port.out.award.GrantRepository;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.Granted;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.offer.OfferStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Awards and offers in memory, read together from both tables in one order. */
final class InMemoryGrantRepository implements GrantRepository {

    private static final Comparator<Granted> NEWEST_FIRST = Comparator
            .comparing(InMemoryGrantRepository::time, Comparator.reverseOrder())
            .thenComparingInt(granted -> granted instanceof Award ? 0 : 1)
            .thenComparingLong(InMemoryGrantRepository::id);

    private final InMemoryDatabase database;
    private final Table<AwardId, Award> awards;
    private final Table<OfferId, Offer> offers;

    InMemoryGrantRepository(InMemoryDatabase database, Table<AwardId, Award> awards, Table<OfferId, Offer> offers) {
        this.database = database;
        this.awards = awards;
        this.offers = offers;
    }

    @Override
    public Page<Granted> find(GrantQuery query, PageRequest page) {
        if (page.after().isPresent()) {
            throw new IllegalArgumentException("awards and offers are listed together by position only");
        }
        return database.read(() -> {
            List<Granted> all = Stream.concat(
                    awards.rows().filter(Award::isActive).filter(award -> matches(query, award)),
                    offers.rows().filter(offer -> offer.status() != OfferStatus.ACCEPTED)
                            .filter(offer -> matches(query, offer)))
                    .map(Granted.class::cast).sorted(NEWEST_FIRST).toList();
            List<Granted> items = all.stream().skip(page.skip()).limit(page.limit()).toList();
            Page<Granted> found = new Page<>(items, Optional.empty());
            return page.counted() ? found.withTotal(all.size()) : found;
        });
    }

    private static boolean matches(GrantQuery query, Granted granted) {
        return query.issuer().map(granted.issuer()::equals).orElse(true)
                && query.holder().map(holder -> granted.holder().equals(Optional.of(holder))).orElse(true);
    }

    private static Instant time(Granted granted) {
        return granted instanceof Award award ? award.awardedAt() : ((Offer) granted).createdAt();
    }

    private static long id(Granted granted) {
        return granted instanceof Award award ? award.id().value() : ((Offer) granted).id().value();
    }
}
