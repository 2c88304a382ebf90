package dev.accolade.domain.award;

import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.Optional;

/** Something that carries a {@link Grant}, awards and offers alike, read through the grant's parts. */
public interface Granted {

    /** What is given and to whom. */
    Grant grant();

    /** The terms: template, version, issuer, repeatability. */
    default AwardTerms terms() {
        return grant().terms();
    }

    /** The template given. */
    default TemplateId template() {
        return terms().template();
    }

    /** The template's issuer. */
    default IssuerId issuer() {
        return terms().issuer();
    }

    /** The identity it is addressed to. */
    default Identity recipient() {
        return grant().recipient();
    }

    /** The recipient's name as the issuer gave it, if it did. */
    default Optional<RecipientName> recipientName() {
        return grant().recipientName();
    }

    /** The member it reached, once one has claimed the recipient identity. */
    default Optional<MemberId> holder() {
        return grant().holder();
    }

    /** What the issuer gave as proof. */
    default Evidence evidence() {
        return grant().evidence();
    }

    /** When the award stops counting, if ever. */
    default Optional<Instant> expiresAt() {
        return grant().expiresAt();
    }
}
