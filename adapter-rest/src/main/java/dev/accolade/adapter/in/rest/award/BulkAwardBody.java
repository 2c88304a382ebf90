package dev.accolade.adapter.in.rest.award;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.adapter.in.rest.input.Instants;
import dev.accolade.adapter.in.rest.json.EvidenceJson;
import dev.accolade.adapter.in.rest.json.RecipientJson;
import dev.accolade.adapter.in.rest.json.RecipientNameJson;
import dev.accolade.application.award.BulkAwardCommand;
import dev.accolade.application.award.BulkRecipient;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import dev.accolade.domain.template.TemplateId;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /v1/templates/{template_id}/awards/bulk}.
 *
 * @param recipients who receive the template, each with its own name, evidence and expiry
 */
public record BulkAwardBody(List<Entry> recipients) {

    /**
     * One recipient of the batch.
     *
     * @param recipient who receives it
     * @param recipientName the recipient's first and last name to show with the award, possibly absent
     * @param evidence what supports it, possibly absent
     * @param expiresAt when the award expires, ISO-8601, possibly absent
     */
    public record Entry(RecipientJson recipient, RecipientNameJson recipientName, EvidenceJson evidence,
            String expiresAt) {

        BulkRecipient toRecipient() {
            if (recipient == null) {
                throw missingRecipient();
            }
            return new BulkRecipient(recipient.toIdentity(), RecipientNameJson.toName(recipientName).orElse(null),
                    EvidenceJson.toInput(evidence), Instants.parse(expiresAt, "expires_at"));
        }

        static DomainException missingRecipient() {
            return DomainException.invalid(new FieldError("recipient", "recipient_required", "can't be blank"));
        }
    }

    /**
     * The command; a 400 without a list of recipients, a 422 naming every entry that cannot be read by its
     * position. The use case checks the rest, also naming entries by position.
     */
    public BulkAwardCommand toCommand(Actor actor, TemplateId template, String idempotencyKey) {
        if (recipients == null) {
            throw RequestRejected.missingParameter("recipients");
        }
        if (recipients.size() > BulkAwardCommand.MAX_RECIPIENTS) {
            throw DomainException.invalid(new FieldError("recipients", "recipients_too_many",
                    "has too many entries (maximum is " + BulkAwardCommand.MAX_RECIPIENTS + ")"));
        }
        List<BulkRecipient> read = new ArrayList<>(recipients.size());
        List<FieldError> errors = new ArrayList<>();
        for (int position = 0; position < recipients.size(); position++) {
            try {
                Entry entry = recipients.get(position);
                if (entry == null) {
                    throw Entry.missingRecipient();
                }
                read.add(entry.toRecipient());
            } catch (DomainException unreadable) {
                if (unreadable.category() != ErrorCategory.INVALID) {
                    throw unreadable;
                }
                errors.addAll(BulkAwardCommand.entryErrors(position, unreadable));
            }
        }
        if (!errors.isEmpty()) {
            throw BulkAwardCommand.invalidEntries(errors);
        }
        return new BulkAwardCommand(actor, template, read, idempotencyKey);
    }
}
