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
 * Take back every live award of some templates, named by title, from one recipient.
 *
 * @param actor who asks: the issuer, its owner, or the operator
 * @param issuer the issuer whose templates these are
 * @param recipient who holds them
 * @param names 1 to 100 titles; unknown ones and ones the recipient does not hold are skipped
 */
public record RevokeByNameCommand(@NotNull Actor actor, @NotNull IssuerId issuer, @NotNull Identity recipient,
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = TemplateDetails.MAX_TITLE_LENGTH) String> names) {
}
