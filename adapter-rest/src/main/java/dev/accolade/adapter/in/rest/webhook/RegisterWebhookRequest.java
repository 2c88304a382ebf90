package dev.accolade.adapter.in.rest.webhook;

import dev.accolade.adapter.in.rest.input.Requests;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.webhook.RegisterWebhookCommand;
import dev.accolade.domain.issuer.IssuerId;
import java.util.List;

/**
 * The body of {@code POST /v1/issuers/{id}/webhooks}.
 *
 * @param url where deliveries are POSTed
 * @param events the names of the events to receive, such as {@code award.granted}
 */
public record RegisterWebhookRequest(String url, List<String> events) {

    /** The command; a 400 when a parameter is missing. */
    public RegisterWebhookCommand toCommand(Actor actor, IssuerId issuer) {
        return new RegisterWebhookCommand(actor, issuer, Requests.required(url, "url"),
                Requests.required(events, "events"));
    }
}
