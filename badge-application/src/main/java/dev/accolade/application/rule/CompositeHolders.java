package dev.accolade.application.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.shared.Recipients;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.rule.CompositeRule;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a composite rule's retroactive job reads: the subjects to examine, the recipients of the templates the rule
 * names in order of identity key (each template's own index range, merged), and when a subject came to hold enough
 * of them.
 */
final class CompositeHolders {

    private final AwardRepository awards;
    private final Recipients recipients;

    CompositeHolders(AwardRepository awards, Recipients recipients) {
        this.awards = requireNonNull(awards, "awards");
        this.recipients = requireNonNull(recipients, "recipients");
    }

    /**
     * The first {@code limit} subjects after {@code after} (by identity key) who hold a live award of any of the
     * rule's templates. Each template gives at most {@code limit} of its own, which holds every one of the first
     * {@code limit} of their union, so the merge is exact.
     */
    List<Identity> subjects(CompositeRule rule, Optional<String> after, int limit) {
        TreeSet<String> keys = new TreeSet<>();
        for (TemplateId template : rule.templates()) {
            awards.recipients(template, after, limit).forEach(subject -> keys.add(subject.key()));
        }
        return keys.stream().limit(limit).map(Identity::parse).toList();
    }

    /**
     * When the subject came to hold enough of the rule's templates: the award date of the k-th of its oldest live
     * awards of each (to the identity or the member who holds it), k being how many the rule needs; empty when it
     * holds fewer.
     */
    Optional<Instant> qualifiedAt(CompositeRule rule, Identity subject) {
        Optional<MemberId> holder = recipients.holderOf(subject);
        List<Instant> since = rule.templates().stream().map(template -> awards.findActive(template, subject, holder))
                .flatMap(Optional::stream).map(Award::awardedAt).sorted().toList();
        return rule.metBy(since.size()) ? Optional.of(since.get(rule.atLeast() - 1)) : Optional.empty();
    }
}
