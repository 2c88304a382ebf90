package dev.accolade.application.webhook;

import dev.accolade.application.port.out.CallbackSenderPort;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.webhook.DeliveryRepository;
import dev.accolade.application.port.out.webhook.WebhookEndpointRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;

/** Builds the webhook feature's services over the ports and collaborators they use. */
public final class WebhookWiring {

    private WebhookWiring() {
    }

    /** The Webhooks facade. */
    public static Webhooks webhooks(TransactionPort transactions, IdGeneratorPort ids, DeliveryRepository deliveries,
            WebhookEndpointRepository webhooks, ClockPort clock, TokenGeneratorPort tokens, SecretSealerPort sealer,
            CallbackSenderPort sender, CommandValidator validator, Access access) {
        return new WebhookService(transactions, ids, deliveries, webhooks, clock, tokens, sealer, sender, validator,
                access);
    }

    /**
     * The event publisher every service uses: it publishes the store's way and, in the same unit of
     * work, writes a delivery to each of the issuer's webhook endpoints that receives the event.
     */
    public static EventPublisherPort outbox(EventPublisherPort decorated, WebhookEndpointRepository webhooks,
            DeliveryRepository deliveries, IdGeneratorPort ids) {
        return new WebhookOutbox(decorated, webhooks, deliveries, ids);
    }
}
