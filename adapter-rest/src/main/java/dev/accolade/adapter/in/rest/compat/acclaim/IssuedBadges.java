package dev.accolade.adapter.in.rest.compat.acclaim;

import dev.accolade.domain.award.Award;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One list of issued badges out of awards and offers, newest first. An accepted offer is listed as
 * the award it made, so it is left out as an offer.
 */
final class IssuedBadges {

    private static final Comparator<IssuedBadgeJson> NEWEST_FIRST = Comparator
            .comparing((IssuedBadgeJson badge) -> Instant.parse(badge.issuedAt())).reversed()
            .thenComparing(IssuedBadgeJson::id);

    private IssuedBadges() {
    }

    /** The awards and the unaccepted offers, newest first. */
    static List<IssuedBadgeJson> of(List<Award> awards, List<Offer> offers) {
        return Stream.concat(awards.stream().map(IssuedBadgeJson::from),
                offers.stream().filter(offer -> offer.status() != OfferStatus.ACCEPTED).map(IssuedBadgeJson::from))
                .sorted(NEWEST_FIRST).toList();
    }
}
