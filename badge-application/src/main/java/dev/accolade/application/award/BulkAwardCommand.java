package dev.accolade.application.award;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import dev.accolade.domain.template.TemplateId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Award a published template to many recipients at once, all or none.
 *
 * @param actor who asks: the template's issuer, its owner, or the operator
 * @param template the template
 * @param recipients who receive it, each with its own name, evidence and expiry; 1 to {@value #MAX_RECIPIENTS}
 * @param idempotencyKey a client key for the whole batch: the same key with the same batch gives the first
 *     outcomes again
 */
public record BulkAwardCommand(@NotNull Actor actor, @NotNull TemplateId template,
        @NotNull @Size(min = 1, max = MAX_RECIPIENTS) List<@NotNull BulkRecipient> recipients,
        @Size(min = 1, max = 255) @Pattern(regexp = "[\\x21-\\x7e]+") String idempotencyKey) {

    /** The most recipients one call awards. */
    public static final int MAX_RECIPIENTS = 1000;

    /** The errors of the entry at a position, each named under it ({@code recipients[3].expires_at}). */
    public static List<FieldError> entryErrors(int position, DomainException invalid) {
        String entry = "recipients[" + position + "]";
        if (invalid.fieldErrors().isEmpty()) {
            return List.of(new FieldError(entry, invalid.code(), invalid.getMessage()));
        }
        return invalid.fieldErrors().stream()
                .map(error -> new FieldError(entry + "." + error.attribute(), error.code(), error.message())).toList();
    }

    /** One INVALID error listing the bad entries' errors; its code is the first one's. */
    public static DomainException invalidEntries(List<FieldError> errors) {
        return new DomainException(ErrorCategory.INVALID, errors.get(0).code(), "Validation failed: "
                + errors.stream().map(FieldError::sentence).collect(Collectors.joining(", ")), errors);
    }

    /** Keeps its own copy of the recipients. */
    public BulkAwardCommand {
        recipients = recipients == null ? null : Collections.unmodifiableList(new ArrayList<>(recipients));
    }
}
