package dev.accolade.application.catalog;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.constraints.NotNull;

/**
 * Read an issuer's whole catalog: every published template, as anyone sees it.
 *
 * @param actor who asks; anyone
 * @param issuer the issuer
 */
public record ListCatalogQuery(@NotNull Actor actor, @NotNull IssuerId issuer) {
}
