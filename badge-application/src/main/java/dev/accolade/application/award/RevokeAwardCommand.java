package dev.accolade.application.award;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.Revocation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Take an award back.
 *
 * @param actor who asks: the award's issuer, its owner, or the operator
 * @param award the award
 * @param reason why
 */
public record RevokeAwardCommand(@NotNull Actor actor, @NotNull AwardId award,
        @NotBlank @Size(max = Revocation.MAX_REASON_LENGTH) String reason) {
}
