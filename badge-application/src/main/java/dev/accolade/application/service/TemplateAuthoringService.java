package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.port.in.template.CreateTemplateCommand;
import dev.accolade.application.port.in.template.CreateTemplateUseCase;
import dev.accolade.application.port.in.template.DeleteTemplateUseCase;
import dev.accolade.application.port.in.template.SubmitTemplateUseCase;
import dev.accolade.application.port.in.template.TemplateCommand;
import dev.accolade.application.port.in.template.TemplateInput;
import dev.accolade.application.port.in.template.UpdateTemplateCommand;
import dev.accolade.application.port.in.template.UpdateTemplateUseCase;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.common.Check;
import dev.accolade.domain.event.TemplatePublished;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateDetails;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Lets issuers write templates: create, edit (versioning), submit for review, delete. */
public final class TemplateAuthoringService
        implements CreateTemplateUseCase, UpdateTemplateUseCase, SubmitTemplateUseCase, DeleteTemplateUseCase {

    private final StorePorts store;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;
    private final TemplateLookup lookup;
    private final TemplatePurge purge;
    private final AccoladeSettings settings;
    private final Uploads uploads;

    TemplateAuthoringService(StorePorts store, ClockPort clock, CommandValidator validator, Access access,
            TemplateLookup lookup, TemplatePurge purge, AccoladeSettings settings) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.lookup = requireNonNull(lookup, "lookup");
        this.purge = requireNonNull(purge, "purge");
        this.settings = requireNonNull(settings, "settings");
        this.uploads = new Uploads(store, clock);
    }

    @Override
    public Template createTemplate(CreateTemplateCommand command) {
        validator.validate(command);
        Uploads.Staged<TemplateInput> staged = uploads.stage(command.template());
        return store.transactions().inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            TemplateDetails details = uploads.store(staged).toDetails();
            requireCategoriesExist(details.categories());
            Instant now = clock.now();
            Template template = Template.create(new TemplateId(store.ids().nextId()), issuer.id(), details, now);
            if (command.submitForReview()) {
                template = template.submit(now);
            }
            template = moderatedBySandbox(template, now);
            store.templates().insert(template);
            announceIfPublished(null, template, now);
            return template;
        });
    }

    @Override
    public Template updateTemplate(UpdateTemplateCommand command) {
        validator.validate(command);
        Uploads.Staged<TemplateInput> staged = uploads.stage(command.content());
        return store.transactions().inTransaction(() -> {
            Template current = lookup.own(command.actor(), command.template());
            TemplateDetails details = uploads.store(staged).toDetails();
            requireCategoriesExist(details.categories());
            Instant now = clock.now();
            Template edited = moderatedBySandbox(current.edit(details, now), now);
            store.templates().update(edited);
            announceIfPublished(current, edited, now);
            return edited;
        });
    }

    @Override
    public Template submitTemplate(TemplateCommand command) {
        validator.validate(command);
        return store.transactions().inTransaction(() -> {
            Template current = lookup.own(command.actor(), command.template());
            Instant now = clock.now();
            Template submitted = moderatedBySandbox(current.submit(now), now);
            store.templates().update(submitted);
            announceIfPublished(current, submitted, now);
            return submitted;
        });
    }

    @Override
    public void deleteTemplate(TemplateCommand command) {
        validator.validate(command);
        store.transactions().inTransaction(() -> {
            purge.purge(lookup.own(command.actor(), command.template()));
            return null;
        });
    }

    private Template moderatedBySandbox(Template template, Instant now) {
        return settings.sandbox() ? template.publishNow(now) : template;
    }

    private void announceIfPublished(Template before, Template after, Instant now) {
        boolean newlyLive = after.live().isPresent()
                && (before == null || !before.live().equals(after.live()));
        if (newlyLive) {
            store.events().publish(new TemplatePublished(after, now));
        }
    }

    private void requireCategoriesExist(List<CategoryId> categories) {
        if (categories.isEmpty()) {
            return;
        }
        Set<CategoryId> existing = store.categories().existing(categories);
        List<CategoryId> unknown = categories.stream().filter(id -> !existing.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw Check.fail("categories", "unknown", "names categories that do not exist: "
                    + unknown.stream().map(CategoryId::toString).collect(Collectors.joining(", ")));
        }
    }
}
