package dev.accolade.application.achievement;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.award.AwardStatistics;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.score.Rarity;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an issuer awarded to some recipients: per template the global count and latest time, and
 * per recipient and template the count and latest time.
 *
 * @param templates the templates the recipients hold, with their global figures
 * @param recipients each recipient with what it holds
 */
public record RecipientSummary(List<TemplateTally> templates, List<RecipientTally> recipients) {

    /** Copies both lists. */
    public RecipientSummary {
        templates = List.copyOf(templates);
        recipients = List.copyOf(recipients);
    }

    /**
     * A template and its figures over all recipients.
     *
     * @param template the template
     * @param statistics its count and latest time over all live awards
     * @param concealed whether the caller sees it as hidden: no title, text or picture
     * @param rarity how many of its issuer's subjects hold it
     */
    public record TemplateTally(Template template, AwardStatistics statistics, boolean concealed, Rarity rarity) {

        /** Checks every part is present. */
        public TemplateTally {
            requireNonNull(template, "template");
            requireNonNull(statistics, "statistics");
            requireNonNull(rarity, "rarity");
        }

        /** A tally shown whole, without rarity figures. */
        public TemplateTally(Template template, AwardStatistics statistics) {
            this(template, statistics, false, Rarity.NONE);
        }
    }

    /**
     * One recipient and what it holds.
     *
     * @param recipient the identity
     * @param awards per template, its count and latest time for this recipient
     * @param latest the latest award to this recipient, empty when it holds nothing
     */
    public record RecipientTally(Identity recipient, List<HeldTemplate> awards, Optional<Instant> latest) {

        /** Copies the awards and checks every part is present. */
        public RecipientTally {
            requireNonNull(recipient, "recipient");
            awards = List.copyOf(awards);
            requireNonNull(latest, "latest");
        }
    }

    /**
     * A template one recipient holds.
     *
     * @param template the template
     * @param statistics how often and when last the recipient received it
     */
    public record HeldTemplate(TemplateId template, AwardStatistics statistics) {

        /** Checks both parts are present. */
        public HeldTemplate {
            requireNonNull(template, "template");
            requireNonNull(statistics, "statistics");
        }
    }
}
