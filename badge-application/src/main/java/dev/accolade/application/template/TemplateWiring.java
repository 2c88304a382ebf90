package dev.accolade.application.template;

import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.category.CategoryRepository;
import dev.accolade.application.port.out.score.ScoreRepository;
import dev.accolade.application.port.out.template.TemplateRatingRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.PublicIds;
import dev.accolade.application.shared.TemplateLookup;
import dev.accolade.application.shared.TemplatePurge;
import dev.accolade.application.shared.TemplateViews;
import dev.accolade.application.shared.Uploads;

/** Builds the template feature's services over the ports and collaborators they use. */
public final class TemplateWiring {

    private TemplateWiring() {
    }

    /** The Templates facade. */
    public static Templates templates(TransactionPort transactions, IdGeneratorPort ids, PublicIds publicIds,
            EventPublisherPort events,
            TemplateRepository templates, CategoryRepository categories, ClockPort clock, CommandValidator validator,
            Access access, TemplateLookup lookup, TemplatePurge purge, Uploads uploads,
            TemplateRatingRepository ratings, AwardRepository awards, ScoreRepository scores,
            AccoladeSettings settings) {
        return new TemplateService(transactions, ids, publicIds, events, templates, categories, clock, validator,
                access, lookup,
                purge, uploads, new TemplateViews(ratings, awards, scores, access), settings);
    }
}
