package dev.accolade.domain.webhook;

import dev.accolade.domain.common.Ids;

/**
 * The id of a webhook endpoint.
 *
 * @param value a positive whole number below 2^53
 */
public record WebhookEndpointId(long value) {

    /** Checks the value is a valid id. */
    public WebhookEndpointId {
        Ids.check(value, "webhook_id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
