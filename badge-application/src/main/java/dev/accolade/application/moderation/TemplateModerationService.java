package dev.accolade.application.moderation;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.domain.event.TemplatePublished;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;

/** The operator's moderation queue: approving a template makes its pending version live. */
final class TemplateModerationService implements TemplateModeration {

    private final TransactionPort transactions;
    private final EventPublisherPort events;
    private final TemplateRepository templates;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;

    TemplateModerationService(TransactionPort transactions, EventPublisherPort events, TemplateRepository templates,
            ClockPort clock, CommandValidator validator, Access access) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.events = requireNonNull(events, "events");
        this.templates = requireNonNull(templates, "templates");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
    }

    @Override
    public Template approveTemplate(TemplateCommand command) {
        validator.validate(command);
        access.requireOperator(command.actor());
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            Template approved = load(command.template()).approve(now);
            templates.update(approved);
            events.publish(new TemplatePublished(approved, now));
            return approved;
        });
    }

    @Override
    public Template rejectTemplate(RejectTemplateCommand command) {
        validator.validate(command);
        access.requireOperator(command.actor());
        return transactions.inTransaction(() -> {
            Template rejected = load(command.template()).reject(command.reason(), clock.now());
            templates.update(rejected);
            return rejected;
        });
    }

    private Template load(TemplateId id) {
        return templates.findById(id).orElseThrow(() -> NotFound.template(id));
    }
}
