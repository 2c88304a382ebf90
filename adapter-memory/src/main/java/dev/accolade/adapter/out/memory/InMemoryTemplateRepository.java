package dev.accolade.adapter.out.memory;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.out.template.TemplateQuery;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.CompositeRule;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricRule;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateDetails;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.template.TemplateStatus;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Templates in memory; working titles unique within an issuer. */
final class InMemoryTemplateRepository implements TemplateRepository {

    private static final Unique<Template> TITLE = new Unique<>("template_title_taken",
            "The issuer already has a template with this title.",
            template -> Optional.of(Map.entry(template.issuer(), template.details().title())));
    private static final Unique<Template> PUBLIC_ID = new Unique<>("template_public_id_taken",
            "The public id is already in use.", template -> Optional.of(template.publicId()));

    private final InMemoryDatabase database;
    private final Table<TemplateId, Template> table;

    InMemoryTemplateRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = Tables.byId(database, Template::id, List.of(TITLE, PUBLIC_ID));
    }

    /** The templates table, for the award repository's joins. */
    Table<TemplateId, Template> table() {
        return table;
    }

    @Override
    public Optional<Template> findByPublicId(PublicId id) {
        return database.read(() -> table.findUnique(PUBLIC_ID, id));
    }

    @Override
    public void insert(Template template) {
        database.write(() -> table.insert(template));
    }

    @Override
    public void update(Template template) {
        database.write(() -> table.update(template));
    }

    @Override
    public void delete(TemplateId id) {
        database.write(() -> table.delete(id));
    }

    @Override
    public Optional<Template> findById(TemplateId id) {
        return database.read(() -> table.get(id));
    }

    @Override
    public List<Template> findAllById(Collection<TemplateId> ids) {
        return database.read(() -> ids.stream().distinct().map(table::get).flatMap(Optional::stream).toList());
    }

    @Override
    public Optional<Template> findByTitle(IssuerId issuer, String title) {
        return database.read(() -> table.findUnique(TITLE, Map.entry(issuer, title)));
    }

    @Override
    public List<Template> findByLiveRule(IssuerId issuer, Metric metric) {
        return findWithLiveRule(issuer).stream()
                .filter(template -> template.awardable().details().rule().orElseThrow() instanceof MetricRule ruled
                        && ruled.metric().equals(metric))
                .toList();
    }

    @Override
    public List<Template> findByLiveDependency(TemplateId required) {
        return database.read(() -> table.rows()
                .filter(template -> template.live().flatMap(live -> live.details().rule())
                        .filter(rule -> rule instanceof CompositeRule composite
                                && composite.templates().contains(required)).isPresent())
                .sorted(Comparator.comparing(template -> template.id().value())).toList());
    }

    @Override
    public List<Template> findWithLiveRule(IssuerId issuer) {
        return database.read(() -> table.rows().filter(template -> template.issuer().equals(issuer))
                .filter(template -> template.live().flatMap(live -> live.details().rule()).isPresent())
                .sorted(Comparator.comparing(template -> template.id().value())).toList());
    }

    @Override
    public Page<Template> find(TemplateQuery query, PageRequest page) {
        return database.read(() -> {
            List<Template> selected = table.rows().filter(matching(query)).toList();
            return switch (query.sort()) {
                case ID -> SortKey.<Template>byId(t -> t.id().value()).page(selected, query.direction(), page);
                case NAME -> SortKey.<Template>byText(t -> contentFor(query, t).title(), t -> t.id().value())
                        .page(selected, query.direction(), page);
                case CREATED -> SortKey.<Template>byTime(Template::createdAt, t -> t.id().value())
                        .page(selected, query.direction(), page);
            };
        });
    }

    /** The content a query sees: the live version for a public query, the working one otherwise. */
    private static TemplateDetails contentFor(TemplateQuery query, Template template) {
        return query.asPublic() ? template.live().orElseThrow().details() : template.details();
    }

    private static Predicate<Template> matching(TemplateQuery query) {
        return template -> (!query.asPublic() || template.isPublished())
                && query.issuer().map(template.issuer()::equals).orElse(true)
                && query.created().contains(template.createdAt())
                && query.title().map(search -> search.matches(contentFor(query, template).title())).orElse(true)
                && (query.categories().isEmpty()
                        || contentFor(query, template).categories().stream().anyMatch(query.categories()::contains))
                && query.status().map(status -> status == TemplateStatus.PUBLISHED ? template.isPublished()
                        : template.status() == status).orElse(true)
                && (!query.unpublishedOnly() || template.status() != TemplateStatus.PUBLISHED);
    }
}
