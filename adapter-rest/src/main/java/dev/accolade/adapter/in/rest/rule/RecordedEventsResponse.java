package dev.accolade.adapter.in.rest.rule;

import dev.accolade.application.rule.RecordedEvents;
import dev.accolade.domain.award.Award;
import java.util.List;

/**
 * What {@code POST /v1/issuers/{id}/events} did.
 *
 * @param recorded how many events were new and counted
 * @param duplicates the ids the issuer had recorded before, which changed nothing
 * @param awards the awards the rules made
 */
public record RecordedEventsResponse(int recorded, List<String> duplicates, List<RuleAward> awards) {

    /** The response for a result. */
    public static RecordedEventsResponse from(RecordedEvents result) {
        return new RecordedEventsResponse(result.recorded(), result.duplicates(),
                result.awards().stream().map(RuleAward::from).toList());
    }

    /**
     * An award a rule made.
     *
     * @param id the award's id
     * @param templateId its template
     * @param recipient the identity key it went to
     */
    public record RuleAward(long id, long templateId, String recipient) {

        static RuleAward from(Award award) {
            return new RuleAward(award.id().value(), award.grant().template().value(),
                    award.grant().recipient().key());
        }
    }
}
