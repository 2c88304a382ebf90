package dev.accolade.application.template;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TemplateSort;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.category.CategoryRepository;
import dev.accolade.application.port.out.template.TemplateQuery;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.PublicIds;
import dev.accolade.application.shared.TemplateLookup;
import dev.accolade.application.shared.TemplatePurge;
import dev.accolade.application.shared.TemplateViews;
import dev.accolade.application.shared.Uploads;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.common.Check;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.event.TemplatePublished;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateDetails;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.template.TemplateStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Authors and reads templates. Images and files given as content are checked before the unit of
 * work and stored in it; in the sandbox every change is published at once.
 */
final class TemplateService implements Templates {

    private final TransactionPort transactions;
    private final IdGeneratorPort ids;
    private final PublicIds publicIds;
    private final EventPublisherPort events;
    private final TemplateRepository templates;
    private final CategoryRepository categories;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;
    private final TemplateLookup lookup;
    private final TemplatePurge purge;
    private final Uploads uploads;
    private final TemplateViews views;
    private final AccoladeSettings settings;

    TemplateService(TransactionPort transactions, IdGeneratorPort ids, PublicIds publicIds, EventPublisherPort events,
            TemplateRepository templates, CategoryRepository categories, ClockPort clock, CommandValidator validator,
            Access access, TemplateLookup lookup, TemplatePurge purge, Uploads uploads, TemplateViews views,
            AccoladeSettings settings) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.ids = requireNonNull(ids, "ids");
        this.publicIds = requireNonNull(publicIds, "publicIds");
        this.events = requireNonNull(events, "events");
        this.templates = requireNonNull(templates, "templates");
        this.categories = requireNonNull(categories, "categories");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.lookup = requireNonNull(lookup, "lookup");
        this.purge = requireNonNull(purge, "purge");
        this.uploads = requireNonNull(uploads, "uploads");
        this.views = requireNonNull(views, "views");
        this.settings = requireNonNull(settings, "settings");
    }

    @Override
    public Template createTemplate(CreateTemplateCommand command) {
        validator.validate(command);
        Uploads.Staged<TemplateInput> staged = uploads.stage(command.template());
        return transactions.inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            TemplateDetails details = checked(uploads.store(staged));
            RuleReferences.check(templates, issuer.id(), Optional.empty(), details);
            Instant now = clock.now();
            Template template = Template.create(new TemplateId(ids.nextId()), publicIds.next(), issuer.id(), details,
                    now);
            if (command.submitForReview()) {
                template = template.submit(now);
            }
            template = moderatedBySandbox(template, now);
            templates.insert(template);
            announceIfPublished(null, template, now);
            return template;
        });
    }

    @Override
    public Template updateTemplate(UpdateTemplateCommand command) {
        validator.validate(command);
        Uploads.Staged<TemplateInput> staged = uploads.stage(command.content());
        return changed(command.actor(), command.template(), current -> uploads.store(staged), false);
    }

    @Override
    public Template patchTemplate(PatchTemplateCommand command) {
        validator.validate(command);
        TemplatePatch patch = command.patch();
        Uploads.Staged<TemplateInput> staged = uploads.stage(TemplateInput.titled("patch")
                .withIcon(patch.icon()).withAttachments(patch.addedAttachments()));
        return changed(command.actor(), command.template(), current -> {
            TemplateInput stored = uploads.store(staged);
            TemplateInput merged = patch.icon(stored.icon()).addAttachments(stored.attachments())
                    .appliedTo(current.details());
            validator.validate(new UpdateTemplateCommand(command.actor(), command.template(), merged));
            return merged;
        }, command.submitForReview());
    }

    @Override
    public Template submitTemplate(TemplateCommand command) {
        validator.validate(command);
        return transactions.inTransaction(() -> {
            Template current = lookup.own(command.actor(), command.template());
            Instant now = clock.now();
            Template submitted = moderatedBySandbox(current.submit(now), now);
            templates.update(submitted);
            announceIfPublished(current, submitted, now);
            return submitted;
        });
    }

    @Override
    public void deleteTemplate(TemplateCommand command) {
        validator.validate(command);
        transactions.inTransaction(() -> {
            purge.purge(lookup.own(command.actor(), command.template()));
            return null;
        });
    }

    @Override
    public TemplateView getTemplate(TemplateCommand query) {
        validator.validate(query);
        return transactions.readOnly(() -> views.of(query.actor(), lookup.visible(query.actor(), query.template())));
    }

    @Override
    public Page<TemplateView> findTemplates(FindTemplatesQuery query) {
        validator.validate(query);
        Actor actor = query.actor();
        return transactions.readOnly(() -> {
            boolean manages = actor instanceof Actor.Operator
                    || (query.issuer() != null && access.mayActFor(actor, query.issuer()));
            Optional<TemplateStatus> status = Optional.ofNullable(query.status());
            if (!manages && status.filter(s -> s != TemplateStatus.PUBLISHED).isPresent()) {
                access.requireSignedIn(actor);
                throw DomainException.forbidden("template_status_forbidden",
                        "Only the issuer may list templates that are not published.");
            }
            boolean liveOnly = !manages || status.filter(TemplateStatus.PUBLISHED::equals).isPresent();
            TemplateQuery selection = new TemplateQuery(Optional.ofNullable(query.issuer()),
                    query.categories() == null ? Set.of() : query.categories(),
                    liveOnly ? Optional.of(TemplateStatus.PUBLISHED) : status,
                    query.created() == null ? TimeWindow.ALWAYS : query.created(), Optional.ofNullable(query.title()),
                    query.sort() == null ? TemplateSort.ID : query.sort(),
                    query.direction() == null ? SortDirection.ASC : query.direction(), liveOnly,
                    manages && query.unpublishedOnly());
            Page<Template> page = templates.find(selection, query.page()).map(template -> liveOnly
                    ? template.publicView().orElseThrow() : lookup.asSeenBy(actor, template));
            return new Page<>(views.of(actor, page.items()), page.next(), page.total());
        });
    }

    /**
     * Changes a template of the actor's to the content the change makes of it, and possibly submits it,
     * in one unit of work.
     */
    private Template changed(Actor actor, TemplateId id, Function<Template, TemplateInput> change, boolean submit) {
        return transactions.inTransaction(() -> {
            Template current = lookup.own(actor, id);
            TemplateDetails details = checked(change.apply(current));
            RuleReferences.check(templates, current.issuer(), Optional.of(current.id()), details);
            Instant now = clock.now();
            Template edited = current.edit(details, now);
            boolean unsubmitted = edited.status() == TemplateStatus.DRAFT || edited.status() == TemplateStatus.REJECTED;
            if (submit && unsubmitted) {
                edited = edited.submit(now);
            }
            edited = moderatedBySandbox(edited, now);
            templates.update(edited);
            announceIfPublished(current, edited, now);
            return edited;
        });
    }

    private Template moderatedBySandbox(Template template, Instant now) {
        return settings.sandbox() ? template.publishNow(now) : template;
    }

    private void announceIfPublished(Template before, Template after, Instant now) {
        boolean newlyLive = after.live().isPresent()
                && (before == null || !before.live().equals(after.live()));
        if (newlyLive) {
            events.publish(new TemplatePublished(after, now));
        }
    }

    /** The checked content, whose categories must all exist. */
    private TemplateDetails checked(TemplateInput input) {
        TemplateDetails details = input.toDetails();
        List<CategoryId> named = details.categories();
        if (named.isEmpty()) {
            return details;
        }
        Set<CategoryId> existing = categories.existing(named);
        List<CategoryId> unknown = named.stream().filter(id -> !existing.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw Check.fail("categories", "unknown", "names categories that do not exist: "
                    + unknown.stream().map(CategoryId::toString).collect(Collectors.joining(", ")));
        }
        return details;
    }
}
