package dev.accolade.adapter.out.jdbc;

import static dev.accolade.adapter.out.jdbc.JdbiAwardRepository.LIVE;

import dev.accolade.application.port.out.award.RecipientStatistics;
import dev.accolade.domain.award.AwardStatistics;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.TemplateId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** The award table's reads by recipient: what recipients hold, who received an issuer's or a template's awards. */
final class AwardRecipients {

    private AwardRecipients() {
    }

    /** Per recipient and template, how many live awards of the issuer it holds and the latest, oldest first. */
    static List<RecipientStatistics> statistics(Handle handle, IssuerId issuer, Collection<Identity> recipients) {
        if (recipients.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT a.recipient_key, a.template_id,"
                + " COUNT(*) AS awarded, MAX(a.awarded_at) AS latest FROM award a WHERE " + LIVE
                + " AND a.issuer_id = :issuer AND a.recipient_key IN (<recipients>)"
                + " GROUP BY a.recipient_key, a.template_id ORDER BY MIN(a.awarded_at), MIN(a.id)")
                .bind("issuer", issuer.value())
                .bindList("recipients", recipients.stream().map(Identity::key).distinct().toList())
                .map((row, context) -> new RecipientStatistics(Identity.parse(row.getString("recipient_key")),
                        new TemplateId(row.getLong("template_id")),
                        new AwardStatistics(row.getLong("awarded"), Rows.optionalInstant(row, "latest"))))
                .list();
    }

    /** Streams the issuer's awards newest first, in batches, and stops once enough recipients are found. */
    static List<Identity> recent(Handle handle, IssuerId issuer, int limit) {
        try (Stream<String> newestFirst = handle.createQuery("SELECT a.recipient_key"
                + " FROM award a WHERE a.issuer_id = :issuer AND " + LIVE + " ORDER BY a.awarded_at DESC, a.id DESC")
                .bind("issuer", issuer.value()).setFetchSize(Math.max(1, Math.min(limit, 250)) * 4)
                .mapTo(String.class).stream()) {
            return newestFirst.distinct().limit(limit).map(Identity::parse).toList();
        }
    }

    /** The recipients of a template's live awards after a key, by key, each once: one page of a walk. */
    static List<Identity> ofTemplate(Handle handle, TemplateId template, Optional<String> after, int limit) {
        Query query = handle.createQuery("SELECT DISTINCT a.recipient_key FROM award a"
                + " WHERE a.template_id = :template" + (after.isPresent() ? " AND a.recipient_key > :after" : "")
                + " AND " + LIVE + " ORDER BY a.recipient_key LIMIT :limit")
                .bind("template", template.value()).bind("limit", limit);
        after.ifPresent(key -> query.bind("after", key));
        return query.mapTo(String.class).map(Identity::parse).list();
    }
}
