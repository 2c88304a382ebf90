package dev.accolade.application.issuer;

import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import jakarta.validation.constraints.NotNull;

/**
 * List the issuers the actor may act as: all for the operator, its own for a member or an issuer.
 *
 * @param actor who asks
 * @param page which page
 */
public record ListIssuersQuery(@NotNull Actor actor, @NotNull PageRequest page) {
}
