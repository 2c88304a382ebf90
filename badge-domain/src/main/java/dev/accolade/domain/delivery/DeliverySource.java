package dev.accolade.domain.delivery;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.webhook.WebhookEndpointId;
import dev.accolade.domain.webhook.WebhookEvent;

/** Why a delivery is sent, which also says whose key signs it. */
public sealed interface DeliverySource {

    /** The kind, as stores and metrics name it. */
    Kind kind();

    /** The kinds of source. */
    enum Kind {
        /** The answer to an offer, sent to its callback URL. */
        CALLBACK,
        /** An event sent to a webhook endpoint. */
        WEBHOOK
    }

    /**
     * The answer to an offer, sent to the offer's callback URL and signed with its callback token.
     *
     * @param offer the answered offer
     */
    record Callback(OfferId offer) implements DeliverySource {

        /** Checks the offer is present. */
        public Callback {
            requireNonNull(offer, "offer");
        }

        @Override
        public Kind kind() {
            return Kind.CALLBACK;
        }
    }

    /**
     * An event sent to a webhook endpoint and signed with the endpoint's secret.
     *
     * @param endpoint the endpoint it goes to
     * @param event what happened
     */
    record Webhook(WebhookEndpointId endpoint, WebhookEvent event) implements DeliverySource {

        /** Checks both parts are present. */
        public Webhook {
            requireNonNull(endpoint, "endpoint");
            requireNonNull(event, "event");
        }

        @Override
        public Kind kind() {
            return Kind.WEBHOOK;
        }
    }
}
