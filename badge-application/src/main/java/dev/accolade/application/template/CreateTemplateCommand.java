package dev.accolade.application.template;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Create a template as a draft of an issuer.
 *
 * @param actor who asks: the issuer, its owner, or the operator
 * @param issuer the issuer
 * @param template the content
 * @param submitForReview whether to send it to moderation at once
 */
public record CreateTemplateCommand(@NotNull Actor actor, @NotNull IssuerId issuer,
        @NotNull @Valid TemplateInput template, boolean submitForReview) {
}
