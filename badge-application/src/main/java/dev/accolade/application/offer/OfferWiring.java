package dev.accolade.application.offer;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.offer.OfferRepository;
import dev.accolade.application.port.out.webhook.DeliveryRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.Granting;

/** Builds the offer feature's services over the ports and collaborators they use. */
public final class OfferWiring {

    private OfferWiring() {
    }

    /** The Offers facade. */
    public static Offers offers(TransactionPort transactions, EventPublisherPort events, OfferRepository offers,
            IdGeneratorPort ids, DeliveryRepository deliveries, ClockPort clock, CommandValidator validator,
            Access access, Granting granting) {
        return new OfferService(transactions, events, offers, new OfferCallbacks(ids, deliveries), clock, validator,
                access, granting);
    }
}
