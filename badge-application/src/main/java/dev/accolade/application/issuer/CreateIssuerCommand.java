package dev.accolade.application.issuer;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerSlug;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Create an issuer. The operator creates any issuer; a member creates one it owns and acts as.
 *
 * @param actor who asks
 * @param slug the unique URL-safe name
 * @param name the display name
 */
public record CreateIssuerCommand(@NotNull Actor actor, @NotBlank @Size(max = IssuerSlug.MAX_LENGTH) String slug,
        @NotBlank @Size(max = Issuer.MAX_NAME_LENGTH) String name) {
}
