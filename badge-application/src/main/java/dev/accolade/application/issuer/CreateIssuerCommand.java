package dev.accolade.application.issuer;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerSlug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Create an issuer. The operator creates any issuer; a member creates one it owns and acts as.
 *
 * @param actor who asks
 * @param slug the unique URL-safe name
 * @param name the display name
 * @param profile its web site, email, image and description, as far as given
 */
public record CreateIssuerCommand(@NotNull Actor actor, @NotBlank @Size(max = IssuerSlug.MAX_LENGTH) String slug,
        @NotBlank @Size(max = Issuer.MAX_NAME_LENGTH) String name, @NotNull @Valid IssuerProfileInput profile) {

    /** An issuer with an empty profile. */
    public CreateIssuerCommand(Actor actor, String slug, String name) {
        this(actor, slug, name, IssuerProfileInput.NONE);
    }
}
