package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.template.DeleteTemplatesByNameCommand;
import dev.accolade.application.port.in.template.DeleteTemplatesByNameUseCase;
import dev.accolade.application.port.in.template.NamedTemplateInput;
import dev.accolade.application.port.in.template.UpsertTemplatesCommand;
import dev.accolade.application.port.in.template.UpsertTemplatesUseCase;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.StorePorts;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Manages an issuer's templates by title, for services that name badges and need no moderation:
 * upserted templates are published at once, repeatable, and awarded directly.
 */
public final class TemplateCatalogService implements UpsertTemplatesUseCase, DeleteTemplatesByNameUseCase {

    private final StorePorts store;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;
    private final TemplatePurge purge;

    TemplateCatalogService(StorePorts store, ClockPort clock, CommandValidator validator, Access access,
            TemplatePurge purge) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.purge = requireNonNull(purge, "purge");
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
        return store.transactions().inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            Instant now = clock.now();
            return wanted.stream().map(details -> upsert(issuer, details, now)).toList();
        });
    }

    @Override
    public List<Template> deleteTemplatesByName(DeleteTemplatesByNameCommand command) {
        validator.validate(command);
        return store.transactions().inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            List<Template> found = command.names().stream().map(String::strip).distinct()
                    .map(name -> store.templates().findByTitle(issuer.id(), name)).flatMap(Optional::stream)
                    .toList();
            found.forEach(purge::purge);
            return found;
        });
    }

    private Template upsert(Issuer issuer, TemplateDetails wanted, Instant now) {
        Optional<Template> existing = store.templates().findByTitle(issuer.id(), wanted.title());
        if (existing.isEmpty()) {
            Template created = Template.create(new TemplateId(store.ids().nextId()), issuer.id(), wanted, now)
                    .publishNow(now);
            store.templates().insert(created);
            store.events().publish(new TemplatePublished(created, now));
            return created;
        }
        Template current = existing.get();
        TemplateDetails merged = current.details().toBuilder().description(wanted.description())
                .customFields(wanted.customFields()).build();
        if (merged.equals(current.details()) && current.status() == TemplateStatus.PUBLISHED) {
            return current;
        }
        Template published = current.edit(merged, now).publishNow(now);
        store.templates().update(published);
        store.events().publish(new TemplatePublished(published, now));
        return published;
    }

    private static TemplateDetails detailsOf(NamedTemplateInput input) {
        Map<String, FieldValue> fields = input.customFields() == null ? Map.of()
                : input.customFields();
        return TemplateDetails.titled(input.name()).description(input.description())
                .customFields(new CustomFields(fields)).repeatable(true).build();
    }
}
