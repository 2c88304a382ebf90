package dev.accolade.application.port.in.award;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Summarise what an issuer awarded to some recipients; public, like a badge wall.
 *
 * @param issuer the issuer
 * @param recipients up to 100 identities, or null or empty for the issuer's 100 most recent recipients
 */
public record SummarizeRecipientsQuery(@NotNull IssuerId issuer,
        @Size(max = SummarizeRecipientsQuery.MAX_RECIPIENTS) List<@NotNull Identity> recipients) {

    /** The most recipients one summary covers. */
    public static final int MAX_RECIPIENTS = 100;
}
