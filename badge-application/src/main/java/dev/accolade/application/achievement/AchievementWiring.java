package dev.accolade.application.achievement;

import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.award.GrantRepository;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.Recipients;
import dev.accolade.application.shared.TemplateLookup;
import dev.accolade.application.shared.TemplateViews;

/** Builds the achievements feature's services over the ports and collaborators they use. */
public final class AchievementWiring {

    private AchievementWiring() {
    }

    /** The Achievements facade. */
    public static Achievements achievements(TransactionPort transactions, IssuerRepository issuers,
            TemplateRepository templates, AwardRepository awards, GrantRepository grants, CommandValidator validator,
            Access access, TemplateLookup lookup, Recipients recipients, TemplateViews views) {
        return new AchievementService(transactions, issuers, templates, awards, grants, validator, access, lookup,
                recipients, views);
    }
}
