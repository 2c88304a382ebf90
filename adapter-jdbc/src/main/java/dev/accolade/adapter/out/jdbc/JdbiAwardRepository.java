package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.out.award.AwardQuery;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.award.RecipientStatistics;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardStatistics;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.award.Revocation;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.TemplateId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Awards in the {@code award} table; a live award of a non-repeatable template sets its exclusivity
 * key. Lists filter and sort in SQL and page on (time, id), (live title, id) or id.
 */
final class JdbiAwardRepository implements AwardRepository {

    private static final List<String> COLUMN_LIST = List.of("id", "template_id", "template_version", "issuer_id",
            "repeatable", "recipient_key", "recipient_first_name", "recipient_last_name", "holder_id", "evidence",
            "expires_at", "awarded_at", "source_kind", "source_id", "source_text", "viewed_at", "revocation_reason",
            "revoked_at", "exclusivity_key", "public_id", "recipient_salt", "status_list", "status_index");
    static final String COLUMNS = String.join(", ", COLUMN_LIST);
    static final String ALIASED = COLUMN_LIST.stream().map(column -> "a." + column)
            .collect(Collectors.joining(", "));
    static final String LIVE = "a.revoked_at IS NULL";
    static final RowMapper<Award> AWARD = (row, context) -> Award.reconstitute(new AwardId(row.getLong("id")),
            new Grant(GrantColumns.terms(row), GrantColumns.recipient(row), GrantColumns.recipientName(row),
            GrantColumns.holder(row), GrantColumns.evidence(row), Rows.optionalInstant(row, "expires_at")),
            Rows.instant(row, "awarded_at"), AwardSourceColumns.read(row), Rows.optionalInstant(row, "viewed_at"),
            revocation(row), CredentialColumns.read(row));
    private static final String SORT_TITLE = "COALESCE(t.live_title, '')";
    private static final RowMapper<Titled> TITLED = (row, context) -> new Titled(AWARD.map(row, context),
            row.getString("sort_title"));

    /** An award with the live title of its template, which a list by name pages on. */
    private record Titled(Award award, String title) {
    }

    private final JdbiTransactions transactions;
    private final JdbcDialect dialect;

    JdbiAwardRepository(JdbiTransactions transactions, JdbcDialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public void insert(Award award) {
        SqlErrors.guarded(() -> insertion(transactions.current().writing().createUpdate(insertSql()), award)
                .execute());
    }

    /** Sends the awards as one prepared batch: a bulk award's thousand rows in one round of statements. */
    @Override
    public void insertAll(List<Award> awards) {
        if (awards.isEmpty()) {
            return;
        }
        PreparedBatch batch = transactions.current().writing().prepareBatch(insertSql());
        awards.forEach(award -> insertion(batch, award).add());
        SqlErrors.guarded(() -> batch.execute());
    }

    private String insertSql() {
        return "INSERT INTO award (" + COLUMNS + ") VALUES (:id, " + GrantColumns.parameters(dialect)
                + ", :awarded_at, :source_kind, :source_id, :source_text, :viewed_at, :revocation_reason, :revoked_at,"
                + " :exclusivity_key, " + CredentialColumns.PARAMETERS + ")";
    }

    @Override
    public void update(Award award) {
        Updates.expectOne("award " + award.id().value(), SqlErrors.guarded(() -> bound(transactions.current()
                .writing().createUpdate("UPDATE award SET " + GrantColumns.assignments(dialect)
                        + ", awarded_at = :awarded_at, source_kind = :source_kind, source_id = :source_id,"
                        + " source_text = :source_text, viewed_at = :viewed_at, revocation_reason = :revocation_reason,"
                        + " revoked_at = :revoked_at, exclusivity_key = :exclusivity_key WHERE id = :id"), award)
                .execute()));
    }

    @Override
    public Optional<Award> findById(AwardId id) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM award WHERE id = :id")
                .bind("id", id.value()).map(AWARD).findOne();
    }

    @Override
    public Optional<Award> findActive(TemplateId template, Identity recipient, Optional<MemberId> holder) {
        Query query = transactions.current().reading().createQuery("SELECT " + ALIASED + " FROM award a"
                + " WHERE a.template_id = :template AND " + LIVE + " AND (a.recipient_key = :recipient"
                + (holder.isPresent() ? " OR a.holder_id = :holder" : "") + ") ORDER BY a.awarded_at, a.id LIMIT 1")
                .bind("template", template.value()).bind("recipient", recipient.key());
        holder.ifPresent(member -> query.bind("holder", member.value()));
        return query.map(AWARD).findOne();
    }

    @Override
    public List<Award> findActiveAmong(Collection<Grant> grants) {
        return ActiveAwards.among(transactions.current().reading(), grants);
    }

    @Override
    public List<Award> findUndelivered(Collection<Identity> recipients) {
        if (recipients.isEmpty()) {
            return List.of();
        }
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM award"
                + " WHERE holder_id IS NULL AND recipient_key IN (<recipients>) ORDER BY awarded_at, id")
                .bindList("recipients", recipients.stream().map(Identity::key).distinct().toList())
                .map(AWARD).list();
    }

    @Override
    public Page<Award> find(AwardQuery query, PageRequest page) {
        Handle handle = transactions.current().reading();
        Conditions where = AwardListing.where(query);
        switch (query.sort()) {
            case NAME:
                Keyset<String> byTitle = Keyset.byText(SORT_TITLE, "a.id", query.direction(), page);
                return byTitle.page(handle, ALIASED + ", " + SORT_TITLE + " AS sort_title",
                        "award a JOIN template t ON t.id = a.template_id", where, TITLED, Titled::title,
                        titled -> titled.award().id().value()).map(Titled::award);
            case AWARDED:
                Optional<String> leading = AwardListing.leadingColumn(query);
                Keyset<Instant> byTime = Keyset.byTime("a.awarded_at", "a.id", query.direction(), page)
                        .ledBy(leading.map(column -> "a." + column));
                String from = leading.map(column -> dialect.throughIndex("award a", AwardListing.timeIndex(column)))
                        .orElse("award a");
                return byTime.page(handle, ALIASED, from, where, AWARD, Award::awardedAt,
                        award -> award.id().value());
            default:
                Keyset<String> byId = Keyset.byId("a.id", query.direction(), page);
                return byId.page(handle, ALIASED, "award a", where, AWARD, award -> "", award -> award.id().value());
        }
    }

    @Override
    public Map<TemplateId, AwardStatistics> statistics(Collection<TemplateId> templates) {
        if (templates.isEmpty()) {
            return Map.of();
        }
        Map<TemplateId, AwardStatistics> statistics = new LinkedHashMap<>();
        transactions.current().reading().createQuery("SELECT a.template_id, COUNT(*) AS awarded,"
                + " MAX(a.awarded_at) AS latest FROM award a WHERE " + LIVE + " AND a.template_id IN (<templates>)"
                + " GROUP BY a.template_id")
                .bindList("templates", templates.stream().map(TemplateId::value).distinct().toList())
                .map((row, context) -> Map.entry(new TemplateId(row.getLong("template_id")),
                        new AwardStatistics(row.getLong("awarded"), Rows.optionalInstant(row, "latest"))))
                .forEach(entry -> statistics.put(entry.getKey(), entry.getValue()));
        return statistics;
    }

    @Override
    public List<RecipientStatistics> recipientStatistics(IssuerId issuer, Collection<Identity> recipients) {
        return AwardRecipients.statistics(transactions.current().reading(), issuer, recipients);
    }

    @Override
    public List<Identity> recentRecipients(IssuerId issuer, int limit) {
        return AwardRecipients.recent(transactions.current().reading(), issuer, limit);
    }

    @Override
    public List<Identity> recipients(TemplateId template, Optional<String> after, int limit) {
        return AwardRecipients.ofTemplate(transactions.current().reading(), template, after, limit);
    }

    @Override
    public void deleteByTemplate(TemplateId template) {
        transactions.current().writing().createUpdate("DELETE FROM award WHERE template_id = :template")
                .bind("template", template.value()).execute();
    }

    @Override
    public void hideFromProfile(AwardId award, boolean hidden) {
        transactions.current().writing().createUpdate("UPDATE award SET hidden_from_profile = :hidden WHERE id = :id")
                .bind("hidden", hidden).bind("id", award.value()).execute();
    }

    @Override
    public Set<AwardId> hiddenFromProfile(Collection<AwardId> awards) {
        if (awards.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(transactions.current().reading().createQuery("SELECT id FROM award WHERE id IN (<ids>)"
                + " AND hidden_from_profile").bindList("ids", awards.stream().map(AwardId::value).toList())
                .mapTo(Long.class).map(AwardId::new).list());
    }

    private static Optional<Revocation> revocation(ResultSet row) throws SQLException {
        Optional<Instant> revokedAt = Rows.optionalInstant(row, "revoked_at");
        String reason = row.getString("revocation_reason");
        return revokedAt.map(at -> new Revocation(reason, at));
    }

    private static <S extends SqlStatement<S>> S bound(S update, Award award) {
        return AwardSourceColumns.bind(GrantColumns.bind(update, award.terms(), award.recipient(),
                award.recipientName(), award.holder(), award.evidence(), award.expiresAt()), award.source())
                .bind("id", award.id().value()).bind("awarded_at", award.awardedAt())
                .bindByType("viewed_at", award.viewedAt().orElse(null), Instant.class)
                .bind("revocation_reason", award.revocation().map(Revocation::reason).orElse(null))
                .bindByType("revoked_at", award.revocation().map(Revocation::revokedAt).orElse(null), Instant.class)
                .bind("exclusivity_key", award.exclusivityKey().orElse(null));
    }

    private static <S extends SqlStatement<S>> S insertion(S update, Award award) {
        return CredentialColumns.bind(bound(update, award), award.credential());
    }
}
