package dev.accolade.application.catalog;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.constraints.NotNull;

/**
 * Read an issuer's whole catalog: every published template, as this actor sees it (hidden ones concealed from
 * whoever neither acts for the issuer nor holds them).
 *
 * @param actor who asks; anyone
 * @param issuer the issuer
 */
public record ListCatalogQuery(@NotNull Actor actor, @NotNull IssuerId issuer) {
}
