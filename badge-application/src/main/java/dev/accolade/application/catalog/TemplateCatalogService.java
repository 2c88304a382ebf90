package dev.accolade.application.catalog;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TemplateSort;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.template.TemplateQuery;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.PublicIds;
import dev.accolade.application.shared.TemplatePurge;
import dev.accolade.application.shared.TemplateViews;
import dev.accolade.application.template.TemplateView;
import dev.accolade.domain.common.Check;
import dev.accolade.domain.event.TemplatePublished;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.template.CustomFields;
import dev.accolade.domain.template.FieldValue;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateDetails;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.template.TemplateStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Manages an issuer's templates by title, for services that name badges and need no moderation:
 * upserted templates are published at once, repeatable, and awarded directly.
 */
final class TemplateCatalogService implements TemplateCatalog {

    private final TransactionPort transactions;
    private final IdGeneratorPort ids;
    private final PublicIds publicIds;
    private final EventPublisherPort events;
    private final TemplateRepository templates;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;
    private final TemplatePurge purge;
    private final TemplateViews views;

    TemplateCatalogService(TransactionPort transactions, IdGeneratorPort ids, PublicIds publicIds,
            EventPublisherPort events,
            TemplateRepository templates, ClockPort clock, CommandValidator validator, Access access,
            TemplatePurge purge, TemplateViews views) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.ids = requireNonNull(ids, "ids");
        this.publicIds = requireNonNull(publicIds, "publicIds");
        this.events = requireNonNull(events, "events");
        this.templates = requireNonNull(templates, "templates");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.purge = requireNonNull(purge, "purge");
        this.views = requireNonNull(views, "views");
    }

    @Override
    public List<TemplateView> listCatalog(ListCatalogQuery query) {
        validator.validate(query);
        TemplateQuery published = new TemplateQuery(Optional.of(query.issuer()), Set.of(),
                Optional.of(TemplateStatus.PUBLISHED), TimeWindow.ALWAYS, Optional.empty(), TemplateSort.ID,
                SortDirection.ASC, true);
        return transactions.readOnly(() -> {
            List<Template> all = new ArrayList<>();
            PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
            while (all.size() < MAX_TEMPLATES) {
                Page<Template> page = templates.find(published, request);
                page.items().stream().map(template -> template.publicView().orElseThrow()).forEach(all::add);
                if (page.next().isEmpty()) {
                    break;
                }
                request = PageRequest.after(page.next().get(), PageRequest.MAX_LIMIT);
            }
            return views.of(query.actor(), all);
        });
    }

    @Override
    public List<Template> upsertTemplates(UpsertTemplatesCommand command) {
        validator.validate(command);
        List<String> names = command.templates().stream().map(input -> Check.line(input.name(), "name",
                TemplateDetails.MAX_TITLE_LENGTH)).toList();
        if (names.stream().distinct().count() != names.size()) {
            throw Check.fail("name", "duplicate", "is given more than once");
        }
        List<TemplateDetails> wanted = command.templates().stream().map(TemplateCatalogService::detailsOf).toList();
        return transactions.inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            Instant now = clock.now();
            return wanted.stream().map(details -> upsert(issuer, details, now)).toList();
        });
    }

    @Override
    public List<Template> deleteTemplatesByName(DeleteTemplatesByNameCommand command) {
        validator.validate(command);
        return transactions.inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            List<Template> found = command.names().stream().map(String::strip).distinct()
                    .map(name -> templates.findByTitle(issuer.id(), name)).flatMap(Optional::stream)
                    .toList();
            found.forEach(purge::purge);
            return found;
        });
    }

    private Template upsert(Issuer issuer, TemplateDetails wanted, Instant now) {
        Optional<Template> existing = templates.findByTitle(issuer.id(), wanted.title());
        if (existing.isEmpty()) {
            Template created = Template.create(new TemplateId(ids.nextId()), publicIds.next(), issuer.id(), wanted, now)
                    .publishNow(now);
            templates.insert(created);
            events.publish(new TemplatePublished(created, now));
            return created;
        }
        Template current = existing.get();
        TemplateDetails merged = current.details().toBuilder().description(wanted.description())
                .customFields(wanted.customFields()).build();
        if (merged.equals(current.details()) && current.status() == TemplateStatus.PUBLISHED) {
            return current;
        }
        Template published = current.edit(merged, now).publishNow(now);
        templates.update(published);
        events.publish(new TemplatePublished(published, now));
        return published;
    }

    private static TemplateDetails detailsOf(NamedTemplateInput input) {
        Map<String, FieldValue> fields = input.customFields() == null ? Map.of()
                : input.customFields();
        return TemplateDetails.titled(input.name()).description(input.description())
                .customFields(new CustomFields(fields)).repeatable(true).build();
    }
}
