package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.port.out.request.AwardRequestRepository;
import dev.accolade.application.port.out.request.RequestQuery;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.request.AwardRequestId;
import dev.accolade.domain.request.RequestStatus;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** Requests in the {@code award_request} table; a pending one sets its key, unique per template and member. */
final class JdbiAwardRequestRepository implements AwardRequestRepository {

    private static final String COLUMNS = "id, template_id, issuer_id, applicant_id, message, evidence, status,"
            + " created_at, answered_at, rejection_reason, pending_key";
    private static final RowMapper<AwardRequest> REQUEST = (row, context) -> AwardRequest.reconstitute(
            new AwardRequestId(row.getLong("id")), new TemplateId(row.getLong("template_id")),
            new IssuerId(row.getLong("issuer_id")), new MemberId(row.getLong("applicant_id")), row.getString("message"),
            EvidenceDocument.read(row.getString("evidence")), RequestStatus.valueOf(row.getString("status")),
            Rows.instant(row, "created_at"), Rows.optionalInstant(row, "answered_at"),
            Rows.optionalString(row, "rejection_reason"));

    private final JdbiTransactions transactions;
    private final JdbcDialect dialect;

    JdbiAwardRequestRepository(JdbiTransactions transactions, JdbcDialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public void insert(AwardRequest request) {
        SqlErrors.guarded(() -> bound(transactions.current().writing().createUpdate("INSERT INTO award_request ("
                + COLUMNS + ") VALUES (:id, :template_id, :issuer_id, :applicant_id, :message, "
                + dialect.json("evidence") + ", :status, :created_at, :answered_at, :rejection_reason, :pending_key)"),
                request).execute());
    }

    @Override
    public void update(AwardRequest request) {
        Updates.expectOne("request " + request.id().value(), SqlErrors.guarded(() -> bound(transactions.current()
                .writing().createUpdate("UPDATE award_request SET template_id = :template_id, issuer_id = :issuer_id,"
                        + " applicant_id = :applicant_id, message = :message, evidence = " + dialect.json("evidence")
                        + ", status = :status, created_at = :created_at, answered_at = :answered_at,"
                        + " rejection_reason = :rejection_reason, pending_key = :pending_key WHERE id = :id"), request)
                .execute()));
    }

    @Override
    public Optional<AwardRequest> findById(AwardRequestId id) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM award_request WHERE id = :id")
                .bind("id", id.value()).map(REQUEST).findOne();
    }

    @Override
    public Optional<AwardRequest> findPending(TemplateId template, MemberId applicant) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM award_request"
                + " WHERE pending_key = :key").bind("key", pendingKey(template, applicant)).map(REQUEST).findOne();
    }

    @Override
    public Page<AwardRequest> find(RequestQuery query, PageRequest page) {
        Keyset<Instant> keyset = Keyset.byTime("created_at", "id", SortDirection.DESC, page);
        Conditions where = new Conditions()
                .when(query.issuer(), "issuer_id = :issuer", "issuer", IssuerId::value)
                .when(query.applicant(), "applicant_id = :applicant", "applicant", MemberId::value)
                .when(query.status(), "status = :status", "status", RequestStatus::name)
                .within("created_at", query.created());
        return keyset.page(transactions.current().reading(), COLUMNS, "award_request", where, REQUEST,
                AwardRequest::createdAt, request -> request.id().value());
    }

    @Override
    public void deleteByTemplate(TemplateId template) {
        transactions.current().writing().createUpdate("DELETE FROM award_request WHERE template_id = :template")
                .bind("template", template.value()).execute();
    }

    private static String pendingKey(TemplateId template, MemberId applicant) {
        return template.value() + "/" + applicant.value();
    }

    private static Update bound(Update update, AwardRequest request) {
        return update.bind("id", request.id().value()).bind("template_id", request.template().value())
                .bind("issuer_id", request.issuer().value()).bind("applicant_id", request.applicant().value())
                .bind("message", request.message()).bind("evidence", EvidenceDocument.write(request.evidence()))
                .bind("status", request.status().name()).bind("created_at", request.createdAt())
                .bindByType("answered_at", request.answeredAt().orElse(null), Instant.class)
                .bind("rejection_reason", request.rejectionReason().orElse(null))
                .bind("pending_key", request.isPending() ? pendingKey(request.template(), request.applicant()) : null);
    }
}
