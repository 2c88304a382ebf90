package dev.accolade.application.award;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.TemplateDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Award an issuer's templates, named by title, to one recipient; each name given is one award.
 *
 * @param actor who asks: the issuer, its owner, or the operator
 * @param issuer the issuer whose templates these are
 * @param recipient who receives them
 * @param names 1 to 100 titles of published templates
 */
public record AwardByNameCommand(@NotNull Actor actor, @NotNull IssuerId issuer, @NotNull Identity recipient,
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = TemplateDetails.MAX_TITLE_LENGTH) String> names) {
}
