package dev.accolade.application.port.out.webhook;

import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.webhook.WebhookEndpoint;
import dev.accolade.domain.webhook.WebhookEndpointId;
import java.util.List;
import java.util.Optional;

/** Stores issuers' webhook endpoints, with their sealed secrets. */
public interface WebhookEndpointRepository {

    /** Adds a new endpoint. */
    void insert(WebhookEndpoint endpoint);

    /** Replaces a stored endpoint (a new secret). */
    void update(WebhookEndpoint endpoint);

    /** The endpoint with this id. */
    Optional<WebhookEndpoint> findById(WebhookEndpointId id);

    /** An issuer's endpoints, oldest first. */
    List<WebhookEndpoint> findByIssuer(IssuerId issuer);

    /** Removes an endpoint; nothing when there is none. */
    void delete(WebhookEndpointId id);
}
