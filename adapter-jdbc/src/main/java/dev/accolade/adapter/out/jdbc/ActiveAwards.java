package dev.accolade.adapter.out.jdbc;

import static dev.accolade.adapter.out.jdbc.JdbiAwardRepository.ALIASED;
import static dev.accolade.adapter.out.jdbc.JdbiAwardRepository.AWARD;
import static dev.accolade.adapter.out.jdbc.JdbiAwardRepository.LIVE;

import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.Grant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The live awards of many grants' templates to their recipients or holders at once, for a bulk award or a batch
 * of log lines: one statement joining the (template, recipient) pairs from a {@link KeyRows} table to
 * {@code ix_award_template_recipient} and, when members hold some, the (template, holder) pairs to
 * {@code ix_award_holder_awarded}.
 */
final class ActiveAwards {

    private static final KeyRows RECIPIENTS = KeyRows.of("r", new KeyRows.Column("template_id", "BIGINT"),
            new KeyRows.Column("recipient_key", "VARCHAR"));
    private static final KeyRows HOLDERS = KeyRows.of("h", new KeyRows.Column("template_id", "BIGINT"),
            new KeyRows.Column("holder_id", "BIGINT"));

    private ActiveAwards() {
    }

    /** The live awards of each grant's template to its recipient or held by its holder, oldest first. */
    static List<Award> among(Handle handle, Collection<Grant> grants) {
        List<List<Object>> recipients = grants.stream().map(grant -> List.<Object>of(grant.template().value(),
                grant.recipient().key())).distinct().toList();
        List<List<Object>> holders = grants.stream().flatMap(grant -> grant.holder().stream()
                .map(holder -> List.<Object>of(grant.template().value(), holder.value()))).distinct().toList();
        if (recipients.isEmpty()) {
            return List.of();
        }
        String byRecipient = "SELECT " + ALIASED + " FROM " + RECIPIENTS.table(recipients.size()) + " JOIN award a"
                + " ON a.template_id = r.template_id AND a.recipient_key = r.recipient_key WHERE " + LIVE;
        String byHolder = "SELECT " + ALIASED + " FROM " + HOLDERS.table(holders.size()) + " JOIN award a"
                + " ON a.holder_id = h.holder_id AND a.template_id = h.template_id WHERE " + LIVE;
        Query query = handle.createQuery(holders.isEmpty() ? byRecipient : byRecipient + " UNION " + byHolder);
        RECIPIENTS.bind(query, recipients);
        HOLDERS.bind(query, holders);
        return query.map(AWARD).list().stream().sorted(Comparator.comparing(Award::awardedAt)
                .thenComparing(award -> award.id().value())).toList();
    }
}
