package dev.accolade.adapter.in.rest.award;

import dev.accolade.adapter.in.rest.input.Instants;
import dev.accolade.adapter.in.rest.json.RecipientJson;
import dev.accolade.application.achievement.RecipientSummary;
import dev.accolade.domain.award.AwardStatistics;
import java.util.List;

/**
 * What an issuer awarded to some recipients.
 *
 * @param templates the templates they hold, each with its count and latest time over all recipients
 * @param recipients each recipient with what it holds
 */
public record RecipientSummaryResponse(List<TemplateTally> templates, List<RecipientTally> recipients) {

    /** The response for a summary. */
    public static RecipientSummaryResponse from(RecipientSummary summary) {
        return new RecipientSummaryResponse(
                summary.templates().stream().map(tally -> new TemplateTally(tally.template().id().value(),
                        tally.concealed() ? null : tally.template().details().title(), tally.concealed(),
                        tally.statistics().count(), latest(tally.statistics()))).toList(),
                summary.recipients().stream().map(tally -> new RecipientTally(RecipientJson.from(tally.recipient()),
                        tally.awards().stream().map(held -> new HeldTemplate(held.template().value(),
                                held.statistics().count(), latest(held.statistics()))).toList(),
                        Instants.format(tally.latest()))).toList());
    }

    private static String latest(AwardStatistics statistics) {
        return Instants.format(statistics.latest());
    }

    /**
     * A template and its figures over all recipients.
     *
     * @param templateId the template
     * @param title its title, {@code null} when it is hidden from the caller
     * @param hidden whether it is hidden from the caller (who neither holds it nor acts for its issuer)
     * @param count how many live awards it has
     * @param latestAwardedAt when the newest was made
     */
    public record TemplateTally(long templateId, String title, boolean hidden, long count, String latestAwardedAt) {
    }

    /**
     * One recipient and what it holds.
     *
     * @param recipient the identity
     * @param awards per template, how often and when last
     * @param latestAwardedAt the latest award to this recipient, {@code null} when it holds nothing
     */
    public record RecipientTally(RecipientJson recipient, List<HeldTemplate> awards, String latestAwardedAt) {
    }

    /**
     * A template one recipient holds.
     *
     * @param templateId the template
     * @param count how often the recipient received it
     * @param latestAwardedAt when last
     */
    public record HeldTemplate(long templateId, long count, String latestAwardedAt) {
    }
}
