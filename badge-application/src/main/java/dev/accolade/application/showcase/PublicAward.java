package dev.accolade.application.showcase;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.award.Award;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.template.Template;
import java.util.Optional;

/**
 * An award as anyone may see it: the live template it is of (concealed when hidden from the viewer),
 * its issuer, the name its recipient shows, and how it stands.
 *
 * @param award the award
 * @param template the live version of its template
 * @param concealed whether the viewer sees the template as hidden
 * @param issuer its issuer
 * @param recipientName the name shown for the recipient: the name given with the award, the member's, or the
 *     handle; never an email address
 * @param profile the recipient whose profile the award is on, a member or a handle; empty for an email address
 * @param state verified, revoked or expired
 */
public record PublicAward(Award award, Template template, boolean concealed, Issuer issuer, String recipientName,
        Optional<Identity> profile, AwardState state) {

    /** Checks every part. */
    public PublicAward {
        requireNonNull(award, "award");
        requireNonNull(template, "template");
        requireNonNull(issuer, "issuer");
        requireNonNull(recipientName, "recipientName");
        requireNonNull(profile, "profile");
        requireNonNull(state, "state");
    }
}
