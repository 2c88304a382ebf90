package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.offer.OfferRepository;
import dev.accolade.application.port.out.request.AwardRequestRepository;
import dev.accolade.application.port.out.template.TemplateRatingRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.domain.event.TemplateDeleted;
import dev.accolade.domain.template.Template;

/** Deletes a template with everything that refers to it, inside the caller's transaction. */
public final class TemplatePurge {

    private final EventPublisherPort events;
    private final TemplateRepository templates;
    private final TemplateRatingRepository ratings;
    private final OfferRepository offers;
    private final AwardRequestRepository requests;
    private final AwardRepository awards;
    private final ClockPort clock;

    public TemplatePurge(EventPublisherPort events, TemplateRepository templates, TemplateRatingRepository ratings,
            OfferRepository offers, AwardRequestRepository requests, AwardRepository awards, ClockPort clock) {
        this.events = requireNonNull(events, "events");
        this.templates = requireNonNull(templates, "templates");
        this.ratings = requireNonNull(ratings, "ratings");
        this.offers = requireNonNull(offers, "offers");
        this.requests = requireNonNull(requests, "requests");
        this.awards = requireNonNull(awards, "awards");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Removes the template, its awards, offers, requests and ratings, and announces it. */
    public void purge(Template template) {
        awards.deleteByTemplate(template.id());
        offers.deleteByTemplate(template.id());
        requests.deleteByTemplate(template.id());
        ratings.deleteByTemplate(template.id());
        templates.delete(template.id());
        events.publish(new TemplateDeleted(template.id(), template.issuer(), clock.now()));
    }
}
