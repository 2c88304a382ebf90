package dev.accolade.application.achievement;

import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.constraints.NotNull;

/**
 * List awards and the offers not accepted yet together, by position, as badge services that know no
 * difference between them show them.
 *
 * @param actor who asks: for an issuer, one who acts for it; else the signed-in member
 * @param issuer whose awards and offers, or null for those that reached the signed-in member
 * @param page which page, by position (a request with a cursor is refused)
 */
public record FindGrantsQuery(@NotNull Actor actor, IssuerId issuer, @NotNull PageRequest page) {

    /** What an issuer awarded and offered. */
    public static FindGrantsQuery ofIssuer(Actor actor, IssuerId issuer, PageRequest page) {
        return new FindGrantsQuery(actor, issuer, page);
    }

    /** What was awarded and offered to the signed-in member. */
    public static FindGrantsQuery received(Actor actor, PageRequest page) {
        return new FindGrantsQuery(actor, null, page);
    }
}
