package dev.accolade.domain.event;

import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;

/** Something that happened that other parts (webhooks, callbacks, caches) may react to. */
public sealed interface DomainEvent
        permits AwardGranted, AwardRevoked, OfferCreated, OfferAnswered, RequestAnswered, TemplatePublished,
        TemplateDeleted {

    /** The issuer whose templates the event concerns. */
    IssuerId issuer();

    /** When it happened. */
    Instant occurredAt();
}
