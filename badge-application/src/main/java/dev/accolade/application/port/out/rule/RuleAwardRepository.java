package dev.accolade.application.port.out.rule;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.Optional;

/** Which subjects a template's rule has awarded, once each ever, and when they qualified. */
public interface RuleAwardRepository {

    /**
     * Records that the template's rule awards the subject, unless it did before: true when recorded now. A unit
     * of work racing another over the same template and subject waits for it and gets false, or fails to be
     * retried.
     */
    boolean insertIfNew(TemplateId template, Identity subject, Instant qualifiedAt, Instant recordedAt);

    /** When the subject qualified for the template's rule, if the rule awarded it. */
    Optional<Instant> qualifiedAt(TemplateId template, Identity subject);
}
