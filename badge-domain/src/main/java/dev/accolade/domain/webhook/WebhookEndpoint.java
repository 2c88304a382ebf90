package dev.accolade.domain.webhook;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.SealedSecret;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A URL an issuer registered to be told about chosen events. Its deliveries are signed with its own
 * secret, which the server must read again to sign, so it is kept sealed and shown in clear only when
 * it is made.
 *
 * @param id the endpoint's id
 * @param issuer the issuer whose events it receives
 * @param url where deliveries are POSTed
 * @param events the events it receives, at least one
 * @param secret its signing secret, sealed under the server's master key
 * @param createdAt when it was registered
 */
public record WebhookEndpoint(WebhookEndpointId id, IssuerId issuer, WebUrl url, Set<WebhookEvent> events,
        SealedSecret secret, Instant createdAt) {

    /** Checks every part is present and at least one event is chosen. */
    public WebhookEndpoint {
        requireNonNull(id, "id");
        requireNonNull(issuer, "issuer");
        requireNonNull(url, "url");
        requireNonNull(events, "events");
        requireNonNull(secret, "secret");
        requireNonNull(createdAt, "createdAt");
        if (events.isEmpty()) {
            throw Check.fail("events", "required", "must name at least one event");
        }
        events = Collections.unmodifiableSet(EnumSet.copyOf(events));
    }

    /** Whether this endpoint receives the event. */
    public boolean receives(WebhookEvent event) {
        return events.contains(event);
    }

    /** This endpoint with a new signing secret. */
    public WebhookEndpoint withSecret(SealedSecret newSecret) {
        return new WebhookEndpoint(id, issuer, url, events, newSecret, createdAt);
    }
}
