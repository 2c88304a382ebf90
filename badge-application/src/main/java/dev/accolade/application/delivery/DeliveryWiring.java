package dev.accolade.application.delivery;

import dev.accolade.application.port.out.CallbackSenderPort;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.offer.OfferRepository;
import dev.accolade.application.port.out.webhook.DeliveryRepository;
import dev.accolade.application.port.out.webhook.WebhookEndpointRepository;
import java.util.function.DoubleSupplier;

/** Builds the delivery feature's services over the ports and collaborators they use. */
public final class DeliveryWiring {

    private DeliveryWiring() {
    }

    /** The Deliveries facade. */
    public static Deliveries deliveries(TransactionPort transactions, OfferRepository offers,
            DeliveryRepository deliveries, WebhookEndpointRepository webhooks, ClockPort clock,
            CallbackSenderPort sender, SecretSealerPort sealer, DoubleSupplier jitter) {
        return new DeliveryService(transactions, offers, deliveries, webhooks, clock, sender, sealer, jitter);
    }
}
