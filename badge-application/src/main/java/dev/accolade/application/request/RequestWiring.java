package dev.accolade.application.request;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.request.AwardRequestRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.Granting;
import dev.accolade.application.shared.TemplateLookup;

/** Builds the request feature's services over the ports and collaborators they use. */
public final class RequestWiring {

    private RequestWiring() {
    }

    /** The Requests facade. */
    public static Requests requests(TransactionPort transactions, IdGeneratorPort ids, EventPublisherPort events,
            AwardRequestRepository requests, AwardRepository awards, ClockPort clock, CommandValidator validator,
            Access access, TemplateLookup lookup, Granting granting) {
        return new RequestService(transactions, ids, events, requests, awards, clock, validator, access, lookup,
                granting);
    }
}
