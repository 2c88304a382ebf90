package dev.accolade.application.catalog;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.PublicIds;
import dev.accolade.application.shared.TemplatePurge;
import dev.accolade.application.shared.TemplateViews;

/** Builds the catalog feature's services over the ports and collaborators they use. */
public final class CatalogWiring {

    private CatalogWiring() {
    }

    /** The TemplateCatalog facade. */
    public static TemplateCatalog catalog(TransactionPort transactions, IdGeneratorPort ids, PublicIds publicIds,
            EventPublisherPort events,
            TemplateRepository templates, ClockPort clock, CommandValidator validator, Access access,
            TemplatePurge purge, TemplateViews views) {
        return new TemplateCatalogService(transactions, ids, publicIds, events, templates, clock, validator, access,
                purge, views);
    }
}
