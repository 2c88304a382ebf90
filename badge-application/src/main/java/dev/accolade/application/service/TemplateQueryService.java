package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;
import static java.util.Objects.requireNonNullElse;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.template.FindTemplatesQuery;
import dev.accolade.application.port.in.template.FindTemplatesUseCase;
import dev.accolade.application.port.in.template.GetTemplateUseCase;
import dev.accolade.application.port.in.template.TemplateCommand;
import dev.accolade.application.port.in.template.TemplateView;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.TemplateQuery;
import dev.accolade.application.port.out.TemplateSort;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateStatus;
import java.util.Optional;
import java.util.Set;

/**
 * Reads templates with their figures. Anyone sees published templates as published; an issuer sees
 * its own in every state.
 */
public final class TemplateQueryService implements GetTemplateUseCase, FindTemplatesUseCase {

    private final StorePorts store;
    private final CommandValidator validator;
    private final Access access;
    private final TemplateLookup lookup;
    private final TemplateViews views;

    TemplateQueryService(StorePorts store, CommandValidator validator, Access access, TemplateLookup lookup,
            TemplateViews views) {
        this.store = requireNonNull(store, "store");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.lookup = requireNonNull(lookup, "lookup");
        this.views = requireNonNull(views, "views");
    }

    @Override
    public TemplateView getTemplate(TemplateCommand query) {
        validator.validate(query);
        return store.transactions().readOnly(() -> views.of(lookup.visible(query.actor(), query.template())));
    }

    @Override
    public Page<TemplateView> findTemplates(FindTemplatesQuery query) {
        validator.validate(query);
        Actor actor = query.actor();
        return store.transactions().readOnly(() -> {
            boolean manages = actor instanceof Actor.Operator
                    || (query.issuer() != null && access.mayActFor(actor, query.issuer()));
            Optional<TemplateStatus> status = Optional.ofNullable(query.status());
            if (!manages && status.filter(s -> s != TemplateStatus.PUBLISHED).isPresent()) {
                access.requireSignedIn(actor);
                throw DomainException.forbidden("template_status_forbidden",
                        "Only the issuer may list templates that are not published.");
            }
            if (!manages) {
                status = Optional.of(TemplateStatus.PUBLISHED);
            }
            TemplateQuery selection = new TemplateQuery(Optional.ofNullable(query.issuer()),
                    query.categories() == null ? Set.of() : query.categories(), status,
                    requireNonNullElse(query.created(), TimeWindow.ALWAYS), Optional.ofNullable(query.title()),
                    query.sort() == null ? TemplateSort.ID : query.sort(),
                    query.direction() == null ? SortDirection.ASC : query.direction(), !manages);
            Page<Template> page = store.templates().find(selection, query.page())
                    .map(template -> lookup.asSeenBy(actor, template));
            return new Page<>(views.of(page.items()), page.next());
        });
    }
}
