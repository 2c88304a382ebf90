package dev.accolade.adapter.in.rest.award;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.award.RevokeAwardCommand;
import dev.accolade.domain.award.AwardId;

/**
 * The body of {@code POST /v1/awards/{id}/revocation}.
 *
 * @param reason why the award is taken back
 */
public record RevocationBody(String reason) {

    /** The command for this actor and award. */
    public RevokeAwardCommand toCommand(Actor actor, AwardId award) {
        return new RevokeAwardCommand(actor, award, reason);
    }
}
