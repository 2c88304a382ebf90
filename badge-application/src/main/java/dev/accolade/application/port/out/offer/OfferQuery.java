package dev.accolade.application.port.out.offer;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.TimeWindow;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.OfferStatus;
import java.util.Optional;

/**
 * Which offers to list, newest first.
 *
 * @param issuer only offers of this issuer's templates, when present
 * @param holder only offers that reached this member, when present
 * @param status only offers in this status, when present
 * @param created only offers made within this window
 */
public record OfferQuery(Optional<IssuerId> issuer, Optional<MemberId> holder, Optional<OfferStatus> status,
        TimeWindow created) {

    /** Checks every part is present. */
    public OfferQuery {
        requireNonNull(issuer, "issuer");
        requireNonNull(holder, "holder");
        requireNonNull(status, "status");
        requireNonNull(created, "created");
    }
}
