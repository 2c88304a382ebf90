package dev.accolade.application.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.EvidenceInput;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import dev.accolade.domain.template.Template;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks every recipient of a bulk award before anything is written: the grants of all of them, or one
 * INVALID error listing each bad entry's errors under its position ({@code recipients[3].expires_at}).
 */
final class BulkGrants {

    private final CommandValidator validator;

    BulkGrants(CommandValidator validator) {
        this.validator = requireNonNull(validator, "validator");
    }

    /** The grant of the template to each recipient, in order, each checked as of now. */
    List<Grant> of(Template template, List<BulkRecipient> recipients, Instant now) {
        List<Grant> grants = new ArrayList<>(recipients.size());
        List<FieldError> errors = new ArrayList<>();
        for (int position = 0; position < recipients.size(); position++) {
            BulkRecipient recipient = recipients.get(position);
            try {
                validator.validate(recipient);
                Grant grant = Grant.of(AwardTerms.of(template), recipient.recipient())
                        .named(Optional.ofNullable(recipient.recipientName()))
                        .withEvidence(EvidenceInput.toEvidence(recipient.evidence()))
                        .expiringAt(Optional.ofNullable(recipient.expiresAt()));
                grant.madeAt(now);
                grants.add(grant);
            } catch (DomainException invalid) {
                if (invalid.category() != ErrorCategory.INVALID) {
                    throw invalid;
                }
                errors.addAll(BulkAwardCommand.entryErrors(position, invalid));
            }
        }
        if (!errors.isEmpty()) {
            throw BulkAwardCommand.invalidEntries(errors);
        }
        return grants;
    }

    /** The fingerprint of the batch: of each grant's, as a single award's command would have it, in order. */
    static String fingerprint(BulkAwardCommand command, List<Grant> grants) {
        return IdempotentOutcomes.batchFingerprint(grants.stream().map(grant -> IdempotentOutcomes.fingerprint(
                AwardCommand.of(command.actor(), command.template(), grant.recipient())
                        .named(grant.recipientName().orElse(null)).expiringAt(grant.expiresAt().orElse(null)),
                grant.evidence(), Optional.empty())).toList());
    }
}
