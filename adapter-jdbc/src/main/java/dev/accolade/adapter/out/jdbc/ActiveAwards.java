package dev.accolade.adapter.out.jdbc;

import static dev.accolade.adapter.out.jdbc.JdbiAwardRepository.ALIASED;
import static dev.accolade.adapter.out.jdbc.JdbiAwardRepository.AWARD;
import static dev.accolade.adapter.out.jdbc.JdbiAwardRepository.LIVE;

import dev.accolade.domain.award.Award;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.TemplateId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The live awards of some templates to many recipients or holders at once, for a bulk award or a batch of log
 * lines: two index searches in one statement, one per key joined from a {@link KeyRows} table, by recipient
 * ({@code ix_award_recipient_awarded} or {@code ix_award_template_recipient}) and by holder
 * ({@code ix_award_holder_awarded}) when members are given.
 */
final class ActiveAwards {

    private static final KeyRows RECIPIENTS = KeyRows.of("r", "recipient_key", "VARCHAR");
    private static final KeyRows HOLDERS = KeyRows.of("h", "holder_id", "BIGINT");

    private ActiveAwards() {
    }

    /** The live awards of the templates to any of the recipients or held by any of the members, oldest first. */
    static List<Award> among(Handle handle, Collection<TemplateId> templates, Collection<Identity> recipients,
            Collection<MemberId> holders) {
        if (templates.isEmpty() || recipients.isEmpty() && holders.isEmpty()) {
            return List.of();
        }
        List<String> keys = recipients.stream().map(Identity::key).distinct().toList();
        List<Long> members = holders.stream().map(MemberId::value).distinct().toList();
        String byRecipient = "SELECT " + ALIASED + " FROM " + RECIPIENTS.table(keys.size()) + " JOIN award a"
                + " ON a.recipient_key = r.recipient_key WHERE a.template_id IN (<templates>) AND " + LIVE;
        String byHolder = "SELECT " + ALIASED + " FROM " + HOLDERS.table(members.size()) + " JOIN award a"
                + " ON a.holder_id = h.holder_id WHERE a.template_id IN (<templates>) AND " + LIVE;
        String sql = keys.isEmpty() ? byHolder : members.isEmpty() ? byRecipient
                : byRecipient + " UNION " + byHolder;
        Query query = handle.createQuery(sql)
                .bindList("templates", templates.stream().map(TemplateId::value).distinct().toList());
        RECIPIENTS.bind(query, keys.stream().map(List::of).toList());
        HOLDERS.bind(query, members.stream().map(List::of).toList());
        return query.map(AWARD).list().stream().sorted(Comparator.comparing(Award::awardedAt)
                .thenComparing(award -> award.id().value())).toList();
    }
}
