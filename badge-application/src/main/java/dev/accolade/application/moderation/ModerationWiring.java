package dev.accolade.application.moderation;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;

/** Builds the moderation feature's services over the ports and collaborators they use. */
public final class ModerationWiring {

    private ModerationWiring() {
    }

    /** The TemplateModeration facade. */
    public static TemplateModeration moderation(TransactionPort transactions, EventPublisherPort events,
            TemplateRepository templates, ClockPort clock, CommandValidator validator, Access access) {
        return new TemplateModerationService(transactions, events, templates, clock, validator, access);
    }
}
