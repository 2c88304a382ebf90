package dev.accolade.application.gameserver;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.gameserver.ServerKey;
import jakarta.validation.constraints.NotNull;

/**
 * One achievement read from a server's log, by the award it gave.
 *
 * @param actor who asks: the operator, the server's issuer or its owner, or any signed-in member
 * @param server the server's key
 * @param award the award
 */
public record LoggedAchievementReference(@NotNull Actor actor, @NotNull ServerKey server, @NotNull AwardId award) {
}
