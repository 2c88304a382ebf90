package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.out.template.TemplateQuery;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.CompositeRule;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricRule;
import dev.accolade.domain.rule.Rule;
import dev.accolade.domain.template.PublishedRevision;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.template.TemplateStatus;
import dev.accolade.domain.template.TitleSearch;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * Templates in the {@code template} table, the working and live versions side by side, with the
 * categories of each version in {@code template_category} for category filters.
 */
final class JdbiTemplateRepository implements TemplateRepository {

    private static final String COLUMNS = "id, public_id, issuer_id, version, status, title, details, live_version,"
            + " live_title, live_details, live_published_at, rejection_reason, first_published_at, created_at,"
            + " updated_at";
    /** The titles folded for search ({@link FoldedTitlesMigration}), written with every template. */
    private static final String FOLDED = "title_folded, live_title_folded";
    /** The metric of the live version's rule, for {@link #findByLiveRule}, written with every template. */
    private static final String RULED = "live_rule_metric, live_rule_kind";
    private static final String[] READS = {"template", "template dependents"};
    private static final String WORKING = "W";
    private static final String LIVE = "L";
    private static final RowMapper<Template> TEMPLATE = (row, context) -> Template.reconstitute(
            new TemplateId(row.getLong("id")), new PublicId(row.getString("public_id")),
            new IssuerId(row.getLong("issuer_id")), row.getInt("version"),
            TemplateDetailsJson.read(row.getString("details")), TemplateStatus.valueOf(row.getString("status")),
            live(row), Rows.optionalString(row, "rejection_reason"), Rows.optionalInstant(row, "first_published_at"),
            Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));

    private final JdbiTransactions transactions;
    private final JdbcDialect dialect;

    JdbiTemplateRepository(JdbiTransactions transactions, JdbcDialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public void insert(Template template) {
        Handle handle = transactions.current().writingTo(READS);
        SqlErrors.guarded(() -> bound(handle.createUpdate("INSERT INTO template (" + COLUMNS + ", " + FOLDED
                + ", " + RULED + ") VALUES (:id, :public_id, :issuer_id, :version, :status, :title, "
                + dialect.json("details") + ", :live_version, :live_title, " + dialect.json("live_details")
                + ", :live_published_at, :rejection_reason, :first_published_at, :created_at, :updated_at,"
                + " :title_folded, :live_title_folded, :live_rule_metric, :live_rule_kind)"), template)
                .bind("public_id", template.publicId().value()).execute());
        insertCategories(handle, template);
        insertDependencies(handle, template);
    }

    @Override
    public Optional<Template> findByPublicId(PublicId id) {
        return transactions.current().reading()
                .createQuery("SELECT " + COLUMNS + " FROM template WHERE public_id = :public_id")
                .bind("public_id", id.value()).map(TEMPLATE).findOne();
    }

    @Override
    public void update(Template template) {
        Handle handle = transactions.current().writingTo(READS);
        Updates.expectOne("template " + template.id().value(), SqlErrors.guarded(() -> bound(handle.createUpdate(
                "UPDATE template SET issuer_id = :issuer_id, version = :version, status = :status, title = :title,"
                        + " details = " + dialect.json("details") + ", live_version = :live_version,"
                        + " live_title = :live_title, live_details = " + dialect.json("live_details")
                        + ", title_folded = :title_folded, live_title_folded = :live_title_folded"
                        + ", live_rule_metric = :live_rule_metric, live_rule_kind = :live_rule_kind"
                        + ", live_published_at = :live_published_at, rejection_reason = :rejection_reason,"
                        + " first_published_at = :first_published_at, created_at = :created_at,"
                        + " updated_at = :updated_at WHERE id = :id"), template).execute()));
        handle.createUpdate("DELETE FROM template_category WHERE template_id = :id")
                .bind("id", template.id().value()).execute();
        insertCategories(handle, template);
        handle.createUpdate("DELETE FROM template_rule_dependency WHERE template_id = :id")
                .bind("id", template.id().value()).execute();
        insertDependencies(handle, template);
    }

    @Override
    public void delete(TemplateId id) {
        transactions.current().writingTo(READS).createUpdate("DELETE FROM template WHERE id = :id")
                .bind("id", id.value()).execute();
    }

    @Override
    public Optional<Template> findById(TemplateId id) {
        return transactions.current().remembered(READS[0], id, handle -> handle.createQuery("SELECT " + COLUMNS
                + " FROM template WHERE id = :id").bind("id", id.value()).map(TEMPLATE).findOne());
    }

    @Override
    public List<Template> findAllById(Collection<TemplateId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM template WHERE id IN (<ids>)")
                .bindList("ids", ids.stream().map(TemplateId::value).distinct().toList()).map(TEMPLATE).list();
    }

    @Override
    public List<Template> findByLiveRule(IssuerId issuer, Metric metric) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM template"
                + " WHERE issuer_id = :issuer AND live_rule_metric = :metric ORDER BY id")
                .bind("issuer", issuer.value()).bind("metric", metric.name()).map(TEMPLATE).list();
    }

    @Override
    public List<Template> findWithLiveRule(IssuerId issuer) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM template"
                + " WHERE issuer_id = :issuer AND live_rule_kind IS NOT NULL ORDER BY id")
                .bind("issuer", issuer.value()).map(TEMPLATE).list();
    }

    @Override
    public List<Template> findByLiveDependency(TemplateId required) {
        return transactions.current().remembered(READS[1], required, handle -> List.copyOf(handle.createQuery("SELECT "
                + COLUMNS + " FROM template WHERE id IN"
                + " (SELECT template_id FROM template_rule_dependency WHERE required_id = :required) ORDER BY id")
                .bind("required", required.value()).map(TEMPLATE).list()));
    }

    @Override
    public Optional<Template> findByTitle(IssuerId issuer, String title) {
        return transactions.current().reading()
                .createQuery("SELECT " + COLUMNS + " FROM template WHERE issuer_id = :issuer AND title = :title")
                .bind("issuer", issuer.value()).bind("title", title).map(TEMPLATE).findOne();
    }

    @Override
    public Page<Template> find(TemplateQuery query, PageRequest page) {
        Handle handle = transactions.current().reading();
        Conditions where = where(query);
        switch (query.sort()) {
            case NAME:
                Keyset<String> byTitle = Keyset.byText(query.asPublic() ? "live_title" : "title", "id",
                        query.direction(), page);
                return byTitle.page(handle, COLUMNS, "template", where, TEMPLATE,
                        template -> (query.asPublic() ? template.live().orElseThrow().details()
                                : template.details()).title(), template -> template.id().value());
            case CREATED:
                Keyset<Instant> byCreation = Keyset.byTime("created_at", "id", query.direction(), page);
                return byCreation.page(handle, COLUMNS, "template", where, TEMPLATE, Template::createdAt,
                        template -> template.id().value());
            default:
                Keyset<String> byId = Keyset.byId("id", query.direction(), page);
                return byId.page(handle, COLUMNS, "template", where, TEMPLATE, template -> "",
                        template -> template.id().value());
        }
    }

    private static Conditions where(TemplateQuery query) {
        boolean live = query.asPublic() || query.status().filter(TemplateStatus.PUBLISHED::equals).isPresent();
        Conditions where = new Conditions();
        if (live) {
            where.add("live_version IS NOT NULL");
        }
        where.when(query.issuer(), "issuer_id = :issuer", "issuer", IssuerId::value)
                .when(query.status().filter(status -> status != TemplateStatus.PUBLISHED), "status = :status",
                        "status", TemplateStatus::name)
                .within("created_at", query.created())
                .when(Optional.of(query.unpublishedOnly()).filter(Boolean::booleanValue), "status <> :published",
                        "published", only -> TemplateStatus.PUBLISHED.name())
                .when(query.title(), TitleLike.on(query.asPublic() ? "live_title_folded" : "title_folded"),
                        TitleLike.PARAMETER, TitleLike::pattern);
        where.whenAny(query.categories().stream().map(CategoryId::value).toList(), "EXISTS (SELECT 1 FROM"
                + " template_category c WHERE c.template_id = template.id AND c.revision = '"
                + (query.asPublic() ? LIVE : WORKING) + "' AND c.category_id IN (<categories>))", "categories");
        return where;
    }

    private static Optional<PublishedRevision> live(ResultSet row) throws SQLException {
        Optional<Long> version = Rows.optionalLong(row, "live_version");
        if (version.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PublishedRevision(version.get().intValue(),
                TemplateDetailsJson.read(row.getString("live_details")), Rows.instant(row, "live_published_at")));
    }

    private static Update bound(Update update, Template template) {
        Optional<PublishedRevision> live = template.live();
        return update.bind("id", template.id().value()).bind("issuer_id", template.issuer().value())
                .bind("version", template.version()).bind("status", template.status().name())
                .bind("title", template.details().title())
                .bind("title_folded", TitleSearch.fold(template.details().title()))
                .bind("details", TemplateDetailsJson.write(template.details()))
                .bindByType("live_version", live.map(PublishedRevision::version).orElse(null), Integer.class)
                .bind("live_title", live.map(revision -> revision.details().title()).orElse(null))
                .bind("live_title_folded", live.map(revision -> TitleSearch.fold(revision.details().title()))
                        .orElse(null))
                .bind("live_details", live.map(revision -> TemplateDetailsJson.write(revision.details())).orElse(null))
                .bindByType("live_published_at", live.map(PublishedRevision::publishedAt).orElse(null), Instant.class)
                .bind("live_rule_metric", live.flatMap(revision -> revision.details().rule())
                        .filter(MetricRule.class::isInstance).map(rule -> ((MetricRule) rule).metric().name())
                        .orElse(null))
                .bind("live_rule_kind", live.flatMap(revision -> revision.details().rule()).map(Rule::kind)
                        .orElse(null))
                .bind("rejection_reason", template.rejectionReason().orElse(null))
                .bindByType("first_published_at", template.firstPublishedAt().orElse(null), Instant.class)
                .bind("created_at", template.createdAt()).bind("updated_at", template.updatedAt());
    }

    /** The templates the live version's composite rule names, for {@link #findByLiveDependency}. */
    private static void insertDependencies(Handle handle, Template template) {
        Optional<Rule> rule = template.live().flatMap(live -> live.details().rule());
        if (rule.isEmpty() || !(rule.get() instanceof CompositeRule composite)) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO template_rule_dependency (required_id, template_id)"
                + " VALUES (:required, :template)");
        composite.templates().forEach(required -> batch.bind("required", required.value())
                .bind("template", template.id().value()).add());
        batch.execute();
    }

    private static void insertCategories(Handle handle, Template template) {
        PreparedBatch batch = handle.prepareBatch("INSERT INTO template_category (template_id, revision, category_id)"
                + " VALUES (:template, :revision, :category)");
        template.details().categories().forEach(category -> batch.bind("template", template.id().value())
                .bind("revision", WORKING).bind("category", category.value()).add());
        template.live().ifPresent(live -> live.details().categories().forEach(category -> batch
                .bind("template", template.id().value()).bind("revision", LIVE).bind("category", category.value())
                .add()));
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
