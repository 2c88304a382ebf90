package dev.accolade.application.showcase;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.credential.AwardCredentialRepository;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.application.port.out.member.MemberRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.TemplateViews;

/** Builds the public pages' reads over the ports they use. */
public final class ShowcaseWiring {

    private ShowcaseWiring() {
    }

    /** The Showcase facade. */
    public static Showcase showcase(TransactionPort transactions, TemplateRepository templates,
            AwardRepository awards, AwardCredentialRepository credentials, IssuerRepository issuers,
            MemberRepository members, TemplateViews views, ClockPort clock, Access access, CommandValidator validator) {
        return new ShowcaseService(transactions, templates, awards, credentials, issuers, members, views,
                new PublicAwards(templates, issuers, members, views, clock), new ProfileHiding(transactions, awards,
                        credentials, access, validator));
    }
}
