package dev.accolade.adapter.out.jdbc;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A direct award as {@link AwardLoader} writes it raw: its issuer's published template, the recipient's
 * canonical identity key and name, when it was made and what it was for. The loader adds the id and the
 * credential.
 *
 * @param issuer the issuer's id
 * @param template the template's id, a published template of that issuer
 * @param version the template's live version
 * @param repeatable whether the template may be given to one recipient more than once; only repeatable
 *     templates are loaded, so that no exclusivity key is needed
 * @param recipientKey the recipient's canonical identity key, such as {@code email:ada@example.org}
 * @param firstName the recipient's first name, or {@code null} with the last
 * @param lastName the recipient's last name, or {@code null} with the first
 * @param awardedAt when it was made
 * @param narrative the evidence's narrative, possibly empty
 */
public record LoadedAward(long issuer, long template, int version, boolean repeatable, String recipientKey,
        String firstName, String lastName, Instant awardedAt, String narrative) {

    /** Checks the parts a row cannot do without. */
    public LoadedAward {
        requireNonNull(recipientKey, "recipientKey");
        requireNonNull(awardedAt, "awardedAt");
        requireNonNull(narrative, "narrative");
        if (!repeatable) {
            throw new IllegalArgumentException("only awards of repeatable templates are loaded raw");
        }
        if ((firstName == null) != (lastName == null)) {
            throw new IllegalArgumentException("a recipient's name has both parts or neither");
        }
    }
}
