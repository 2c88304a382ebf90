package dev.accolade.application.award;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.award.AwardId;
import jakarta.validation.constraints.NotNull;

/**
 * Address one award: to read it or mark it viewed.
 *
 * @param actor who asks
 * @param award the award
 */
public record AwardReference(@NotNull Actor actor, @NotNull AwardId award) {
}
