package dev.accolade.application.award;

import dev.accolade.application.port.in.EvidenceInput;
import dev.accolade.domain.award.RecipientName;
import dev.accolade.domain.identity.Identity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * One recipient of a bulk award.
 *
 * @param recipient who receives it
 * @param recipientName the recipient's name to show with the award or offer, possibly absent
 * @param evidence what supports it, possibly absent
 * @param expiresAt when the award expires, possibly never
 */
public record BulkRecipient(@NotNull Identity recipient, RecipientName recipientName, @Valid EvidenceInput evidence,
        Instant expiresAt) {
}
