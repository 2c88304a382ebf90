package dev.accolade.adapter.in.rest.award;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.application.award.RevokeAwardCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.award.AwardId;

/**
 * The body of {@code POST /v1/awards/{id}/revocation}.
 *
 * @param reason why the award is taken back
 */
public record RevocationBody(String reason) {

    /** The command for this actor and award; a 400 without a reason. */
    public RevokeAwardCommand toCommand(Actor actor, AwardId award) {
        if (reason == null) {
            throw RequestRejected.missingParameter("reason");
        }
        return new RevokeAwardCommand(actor, award, reason);
    }
}
