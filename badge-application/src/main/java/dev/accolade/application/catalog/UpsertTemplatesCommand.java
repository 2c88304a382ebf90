package dev.accolade.application.catalog;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Create or replace an issuer's templates by title, published at once and repeatable.
 *
 * @param actor who asks: the issuer, its owner, or the operator
 * @param issuer the issuer
 * @param templates 1 to 100 templates
 */
public record UpsertTemplatesCommand(@NotNull Actor actor, @NotNull IssuerId issuer,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid NamedTemplateInput> templates) {
}
