package dev.accolade.adapter.in.rest.compat.acclaim;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import dev.accolade.application.award.AwardReference;
import dev.accolade.application.award.AwardView;
import dev.accolade.application.award.GetAwardUseCase;
import dev.accolade.application.offer.GetOfferUseCase;
import dev.accolade.application.offer.OfferReference;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.template.GetTemplateUseCase;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateView;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferId;

/** Reads one issued badge by its Acclaim id: the award or offer it names, as the caller may read it. */
final class IssuedBadgeReader {

    private final GetAwardUseCase awards;
    private final GetOfferUseCase offers;
    private final GetTemplateUseCase templates;
    private final CredentialUrls urls;

    IssuedBadgeReader(GetAwardUseCase awards, GetOfferUseCase offers, GetTemplateUseCase templates,
            CredentialUrls urls) {
        this.awards = requireNonNull(awards, "awards");
        this.offers = requireNonNull(offers, "offers");
        this.templates = requireNonNull(templates, "templates");
        this.urls = requireNonNull(urls, "urls");
    }

    /** The badge an id names; {@code Resource not found.} for an id that names none the caller reads. */
    IssuedBadgeJson read(Actor actor, String id) {
        Kind kind = AcclaimIds.badgeKind(id).orElseThrow(NotFound::issuer);
        long value = AcclaimIds.parse(kind, id).orElseThrow(NotFound::issuer);
        if (kind == Kind.AWARD) {
            AwardView view = awards.getAward(new AwardReference(actor, new AwardId(value)));
            return IssuedBadgeJson.from(view, urls);
        }
        return offer(actor, offers.getOffer(new OfferReference(actor, new OfferId(value))));
    }

    /** An offer the caller reads, with its template's picture unless the template is concealed from the caller. */
    IssuedBadgeJson offer(Actor actor, Offer offer) {
        TemplateView view = templates.getTemplate(new TemplateCommand(actor, offer.template()));
        return IssuedBadgeJson.toIssuerOrRecipient(offer, view.template(), view.concealed(), urls);
    }
}
