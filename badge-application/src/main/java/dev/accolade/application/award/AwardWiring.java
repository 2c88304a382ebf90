package dev.accolade.application.award;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.award.IdempotencyRepository;
import dev.accolade.application.port.out.offer.OfferRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.Granting;
import dev.accolade.application.shared.TemplateLookup;

/** Builds the award feature's services over the ports and collaborators they use. */
public final class AwardWiring {

    private AwardWiring() {
    }

    /** The Awards facade. */
    public static Awards awards(TransactionPort transactions, AwardRepository awards, TemplateRepository templates,
            EventPublisherPort events, IdempotencyRepository idempotency, OfferRepository offers, ClockPort clock,
            CommandValidator validator, Access access, TemplateLookup lookup, Granting granting) {
        return new AwardService(transactions, awards, templates, events, new IdempotentOutcomes(idempotency, awards,
                offers, clock), clock, validator, access, lookup, granting);
    }
}
