package dev.accolade.application.rating;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.template.TemplateId;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * Rate a published template; rating again replaces the member's earlier scores.
 *
 * @param actor the member
 * @param template the template
 * @param difficulty 0.0 to 5.0
 * @param credibility 0.0 to 5.0
 */
public record RateTemplateCommand(@NotNull Actor actor, @NotNull TemplateId template,
        @DecimalMin("0.0") @DecimalMax("5.0") double difficulty,
        @DecimalMin("0.0") @DecimalMax("5.0") double credibility) {
}
