package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.port.out.offer.OfferQuery;
import dev.accolade.application.port.out.offer.OfferRepository;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferCallback;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.offer.OfferStatus;
import dev.accolade.domain.template.TemplateId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/** Offers in the {@code offer} table; a pending offer of a non-repeatable template sets its exclusivity key. */
final class JdbiOfferRepository implements OfferRepository {

    static final String COLUMNS = "id, " + GrantColumns.NAMES + ", status, callback_url, callback_token,"
            + " created_at, answered_at, exclusivity_key";
    static final RowMapper<Offer> OFFER = (row, context) -> Offer.reconstitute(new OfferId(row.getLong("id")),
            new Grant(GrantColumns.terms(row), GrantColumns.recipient(row), GrantColumns.recipientName(row),
            GrantColumns.holder(row), GrantColumns.evidence(row), Rows.optionalInstant(row, "expires_at")),
            OfferStatus.valueOf(row.getString("status")), callback(row), Rows.instant(row, "created_at"),
            Rows.optionalInstant(row, "answered_at"));

    private final JdbiTransactions transactions;
    private final JdbcDialect dialect;

    JdbiOfferRepository(JdbiTransactions transactions, JdbcDialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public void insert(Offer offer) {
        SqlErrors.guarded(() -> bound(transactions.current().writing().createUpdate("INSERT INTO offer (" + COLUMNS
                + ") VALUES (:id, " + GrantColumns.parameters(dialect) + ", :status, :callback_url, :callback_token,"
                + " :created_at, :answered_at, :exclusivity_key)"), offer).execute());
    }

    @Override
    public void update(Offer offer) {
        Updates.expectOne("offer " + offer.id().value(), SqlErrors.guarded(() -> bound(transactions.current()
                .writing().createUpdate("UPDATE offer SET " + GrantColumns.assignments(dialect) + ", status = :status,"
                        + " callback_url = :callback_url, callback_token = :callback_token, created_at = :created_at,"
                        + " answered_at = :answered_at, exclusivity_key = :exclusivity_key WHERE id = :id"), offer)
                .execute()));
    }

    @Override
    public Optional<Offer> findById(OfferId id) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM offer WHERE id = :id")
                .bind("id", id.value()).map(OFFER).findOne();
    }

    @Override
    public Optional<Offer> findPending(TemplateId template, Identity recipient, Optional<MemberId> holder) {
        Query query = transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM offer"
                + " WHERE template_id = :template AND status = :pending AND (recipient_key = :recipient"
                + (holder.isPresent() ? " OR holder_id = :holder" : "") + ") ORDER BY created_at, id LIMIT 1")
                .bind("template", template.value()).bind("pending", OfferStatus.PENDING.name())
                .bind("recipient", recipient.key());
        holder.ifPresent(member -> query.bind("holder", member.value()));
        return query.map(OFFER).findOne();
    }

    @Override
    public List<Offer> findUndelivered(Collection<Identity> recipients) {
        if (recipients.isEmpty()) {
            return List.of();
        }
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM offer"
                + " WHERE holder_id IS NULL AND recipient_key IN (<recipients>) ORDER BY id")
                .bindList("recipients", recipients.stream().map(Identity::key).distinct().toList())
                .map(OFFER).list();
    }

    @Override
    public Page<Offer> find(OfferQuery query, PageRequest page) {
        Keyset<Instant> keyset = Keyset.byTime("created_at", "id", SortDirection.DESC, page);
        Conditions where = new Conditions()
                .when(query.issuer(), "issuer_id = :issuer", "issuer", IssuerId::value)
                .when(query.holder(), "holder_id = :holder", "holder", MemberId::value)
                .when(query.status(), "status = :status", "status", OfferStatus::name)
                .within("created_at", query.created());
        return keyset.page(transactions.current().reading(), COLUMNS, "offer", where, OFFER, Offer::createdAt,
                offer -> offer.id().value());
    }

    @Override
    public void deleteByTemplate(TemplateId template) {
        transactions.current().writing().createUpdate("DELETE FROM offer WHERE template_id = :template")
                .bind("template", template.value()).execute();
    }

    private static Optional<OfferCallback> callback(ResultSet row) throws SQLException {
        Optional<String> url = Rows.optionalString(row, "callback_url");
        String token = row.getString("callback_token");
        return url.map(value -> new OfferCallback(new WebUrl(value), token));
    }

    private static Update bound(Update update, Offer offer) {
        return GrantColumns.bind(update, offer.terms(), offer.recipient(), offer.recipientName(), offer.holder(),
                offer.evidence(), offer.expiresAt())
                .bind("id", offer.id().value()).bind("status", offer.status().name())
                .bind("callback_url", offer.callback().map(callback -> callback.url().value()).orElse(null))
                .bind("callback_token", offer.callback().map(OfferCallback::token).orElse(null))
                .bind("created_at", offer.createdAt())
                .bindByType("answered_at", offer.answeredAt().orElse(null), Instant.class)
                .bind("exclusivity_key", offer.exclusivityKey().orElse(null));
    }
}
