package dev.accolade.adapter.in.rest.gameserver;

import dev.accolade.adapter.in.rest.input.Requests;
import dev.accolade.application.gameserver.CreateGameServerCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;

/**
 * The body of {@code POST /v1/issuers/{id}/servers}.
 *
 * @param name the server's name
 * @param timeZone the time zone its log is written in, such as {@code America/Chicago}
 */
public record CreateGameServerRequest(String name, String timeZone) {

    /** The command; a 400 when a parameter is missing. */
    public CreateGameServerCommand toCommand(Actor actor, IssuerId issuer) {
        return new CreateGameServerCommand(actor, issuer, Requests.required(name, "name"),
                Requests.required(timeZone, "time_zone"));
    }
}
