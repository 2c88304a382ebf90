package dev.accolade.application.catalog;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.TemplateDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Delete an issuer's templates by title.
 *
 * @param actor who asks: the issuer, its owner, or the operator
 * @param issuer the issuer
 * @param names 1 to 100 titles
 */
public record DeleteTemplatesByNameCommand(@NotNull Actor actor, @NotNull IssuerId issuer,
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = TemplateDetails.MAX_TITLE_LENGTH) String> names) {
}
