package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.event.TemplateDeleted;
import dev.accolade.domain.template.Template;

/** Deletes a template with everything that refers to it, inside the caller's transaction. */
final class TemplatePurge {

    private final StorePorts store;
    private final ClockPort clock;

    TemplatePurge(StorePorts store, ClockPort clock) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Removes the template, its awards, offers, requests and ratings, and announces it. */
    void purge(Template template) {
        store.awards().deleteByTemplate(template.id());
        store.offers().deleteByTemplate(template.id());
        store.requests().deleteByTemplate(template.id());
        store.ratings().deleteByTemplate(template.id());
        store.templates().delete(template.id());
        store.events().publish(new TemplateDeleted(template.id(), template.issuer(), clock.now()));
    }
}
