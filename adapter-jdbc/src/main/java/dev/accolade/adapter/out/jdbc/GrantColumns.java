package dev.accolade.adapter.out.jdbc;

import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.RecipientName;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.TemplateId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The columns awards and offers share: the terms (template, version, issuer, repeatable), the
 * recipient identity and name, the member holding it, the evidence and the expiry.
 */
final class GrantColumns {

    /** The shared columns, in the order {@link #bind} names them. */
    static final String NAMES = "template_id, template_version, issuer_id, repeatable, recipient_key,"
            + " recipient_first_name, recipient_last_name, holder_id, evidence, expires_at";

    private GrantColumns() {
    }

    /** The shared columns as named parameters, the evidence cast as the dialect needs. */
    static String parameters(JdbcDialect dialect) {
        return ":template_id, :template_version, :issuer_id, :repeatable, :recipient_key, :recipient_first_name,"
                + " :recipient_last_name, :holder_id, " + dialect.json("evidence") + ", :expires_at";
    }

    /** The shared columns as assignments for an UPDATE. */
    static String assignments(JdbcDialect dialect) {
        return "template_id = :template_id, template_version = :template_version, issuer_id = :issuer_id,"
                + " repeatable = :repeatable, recipient_key = :recipient_key,"
                + " recipient_first_name = :recipient_first_name, recipient_last_name = :recipient_last_name,"
                + " holder_id = :holder_id, evidence = " + dialect.json("evidence") + ", expires_at = :expires_at";
    }

    static <S extends SqlStatement<S>> S bind(S update, AwardTerms terms, Identity recipient,
            Optional<RecipientName> recipientName, Optional<MemberId> holder, Evidence evidence,
            Optional<Instant> expiresAt) {
        return update.bind("template_id", terms.template().value()).bind("template_version", terms.templateVersion())
                .bind("issuer_id", terms.issuer().value()).bind("repeatable", terms.repeatable())
                .bind("recipient_key", recipient.key())
                .bind("recipient_first_name", recipientName.map(RecipientName::first).orElse(null))
                .bind("recipient_last_name", recipientName.map(RecipientName::last).orElse(null))
                .bindByType("holder_id", holder.map(MemberId::value).orElse(null), Long.class)
                .bind("evidence", EvidenceDocument.write(evidence))
                .bindByType("expires_at", expiresAt.orElse(null), Instant.class);
    }

    static AwardTerms terms(ResultSet row) throws SQLException {
        return new AwardTerms(new TemplateId(row.getLong("template_id")), row.getInt("template_version"),
                new IssuerId(row.getLong("issuer_id")), row.getBoolean("repeatable"));
    }

    static Identity recipient(ResultSet row) throws SQLException {
        return Identity.parse(row.getString("recipient_key"));
    }

    /** The name, when the row has one; both parts or neither, as ck_*_recipient_name keeps them. */
    static Optional<RecipientName> recipientName(ResultSet row) throws SQLException {
        Optional<String> first = Rows.optionalString(row, "recipient_first_name");
        String last = row.getString("recipient_last_name");
        return first.map(name -> new RecipientName(name, last));
    }

    static Optional<MemberId> holder(ResultSet row) throws SQLException {
        return Rows.optionalLong(row, "holder_id").map(MemberId::new);
    }

    static Evidence evidence(ResultSet row) throws SQLException {
        return EvidenceDocument.read(row.getString("evidence"));
    }
}
