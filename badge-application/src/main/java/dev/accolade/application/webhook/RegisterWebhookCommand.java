package dev.accolade.application.webhook;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.webhook.WebhookEvent;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Register a webhook endpoint for an issuer.
 *
 * @param actor who asks: the issuer, its owner, or the operator
 * @param issuer the issuer whose events it receives
 * @param url where deliveries go: http or https, and an address the outbound guard allows
 * @param events the names of the events it receives, such as {@code award.granted}
 */
public record RegisterWebhookCommand(@NotNull Actor actor, @NotNull IssuerId issuer,
        @NotNull @Size(max = WebUrl.MAX_LENGTH) String url,
        @NotNull @Size(min = 1, max = MAX_EVENTS) List<@NotNull String> events) {

    /** The most event names one registration lists (each event once, some room for repeats). */
    public static final int MAX_EVENTS = 2 * WebhookEvent.COUNT;
}
