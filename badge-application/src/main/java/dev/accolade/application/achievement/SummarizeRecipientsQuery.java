package dev.accolade.application.achievement;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Summarise what an issuer awarded to some recipients, like a badge wall. Handles are public; email
 * addresses and member ids only for the issuer itself and the operator.
 *
 * @param actor who asks; anyone
 * @param issuer the issuer
 * @param recipients up to 100 identities, or null or empty for the issuer's most recent recipients
 *     (among its latest 100, the public ones only for others than the issuer)
 */
public record SummarizeRecipientsQuery(@NotNull Actor actor, @NotNull IssuerId issuer,
        @Size(max = SummarizeRecipientsQuery.MAX_RECIPIENTS) List<@NotNull Identity> recipients) {

    /** The most recipients one summary covers. */
    public static final int MAX_RECIPIENTS = 100;
}
