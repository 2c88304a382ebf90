package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.in.template.ApproveTemplateUseCase;
import dev.accolade.application.port.in.template.RejectTemplateCommand;
import dev.accolade.application.port.in.template.RejectTemplateUseCase;
import dev.accolade.application.port.in.template.TemplateCommand;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.event.TemplatePublished;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;

/** The operator's moderation queue: approving a template makes its pending version live. */
public final class TemplateModerationService implements ApproveTemplateUseCase, RejectTemplateUseCase {

    private final StorePorts store;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;

    TemplateModerationService(StorePorts store, ClockPort clock, CommandValidator validator, Access access) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
    }

    @Override
    public Template approveTemplate(TemplateCommand command) {
        validator.validate(command);
        access.requireOperator(command.actor());
        return store.transactions().inTransaction(() -> {
            Instant now = clock.now();
            Template approved = load(command.template()).approve(now);
            store.templates().update(approved);
            store.events().publish(new TemplatePublished(approved, now));
            return approved;
        });
    }

    @Override
    public Template rejectTemplate(RejectTemplateCommand command) {
        validator.validate(command);
        access.requireOperator(command.actor());
        return store.transactions().inTransaction(() -> {
            Template rejected = load(command.template()).reject(command.reason(), clock.now());
            store.templates().update(rejected);
            return rejected;
        });
    }

    private Template load(TemplateId id) {
        return store.templates().findById(id).orElseThrow(() -> NotFound.template(id));
    }
}
