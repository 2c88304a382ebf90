package dev.accolade.adapter.in.rest.page.console;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.page.FormProblems;
import dev.accolade.adapter.in.rest.page.PageForm;
import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.application.issuer.GetManagedIssuerUseCase;
import dev.accolade.application.issuer.ManagedIssuerQuery;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.CreateTemplateUseCase;
import dev.accolade.application.template.GetTemplateUseCase;
import dev.accolade.application.template.PatchTemplateCommand;
import dev.accolade.application.template.PatchTemplateUseCase;
import dev.accolade.application.template.SubmitTemplateUseCase;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.application.template.TemplatePatch;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Writing templates in the console: a new one (kept as a draft or sent to moderation at once), editing
 * one's title and description, and sending a draft or rejected one to moderation. The same use cases as
 * {@code POST /v1/issuers/{id}/templates}, {@code PATCH /v1/templates/{id}} and
 * {@code POST /v1/templates/{id}/submit} decide, ownership included; invalid input shows the form again
 * with a sentence per field.
 */
public final class ConsoleTemplates {

    private final GetManagedIssuerUseCase getIssuer;
    private final GetTemplateUseCase getTemplate;
    private final CreateTemplateUseCase create;
    private final PatchTemplateUseCase patch;
    private final SubmitTemplateUseCase submit;
    private final PageKit kit;

    /** The forms over these use cases. */
    public ConsoleTemplates(GetManagedIssuerUseCase getIssuer, GetTemplateUseCase getTemplate,
            CreateTemplateUseCase create, PatchTemplateUseCase patch, SubmitTemplateUseCase submit, PageKit kit) {
        this.getIssuer = requireNonNull(getIssuer, "getIssuer");
        this.getTemplate = requireNonNull(getTemplate, "getTemplate");
        this.create = requireNonNull(create, "create");
        this.patch = requireNonNull(patch, "patch");
        this.submit = requireNonNull(submit, "submit");
        this.kit = requireNonNull(kit, "kit");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get(ConsolePaths.NEW_TEMPLATE, this::newForm);
        routes.post(ConsolePaths.TEMPLATES, this::create);
        routes.get(ConsolePaths.TEMPLATE, this::editForm);
        routes.post(ConsolePaths.TEMPLATE, this::edit);
        routes.post(ConsolePaths.SUBMIT, this::submit);
    }

    private void newForm(Context ctx) {
        Issuer issuer = managedIssuer(ctx, kit.member(ctx).actor(), new IssuerId(PathIds.of(ctx, "issuer")));
        show(ctx, 200, TemplateForm.blank(issuer.id().value(), issuer.name()));
    }

    private void create(Context ctx) {
        Actor actor = kit.member(ctx).actor();
        PageForm form = kit.form(ctx);
        Issuer issuer = managedIssuer(ctx, actor, new IssuerId(PathIds.of(ctx, "issuer")));
        TemplateForm typed = TemplateForm.typed(issuer.id().value(), issuer.name(), form);
        TemplateInput input = TemplateInput.titled(typed.title()).describedAs(typed.description())
                .withCriteria(typed.criteria()).repeatable(typed.repeatable())
                .needingAcceptance(typed.acceptanceRequired());
        try {
            create.createTemplate(new CreateTemplateCommand(actor, issuer.id(), input, form.optional("submit")
                    .isPresent()));
        } catch (DomainException refused) {
            show(ctx, 400, typed.withProblems(FormProblems.of(refused)));
            return;
        }
        kit.redirect(ctx, ConsolePaths.issuer(issuer.id().value()));
    }

    private void editForm(Context ctx) {
        Actor actor = kit.member(ctx).actor();
        Template template = ownTemplate(ctx, actor);
        Issuer issuer = managedIssuer(ctx, actor, template.issuer());
        show(ctx, 200, TemplateForm.of(template, issuer.name()));
    }

    private void edit(Context ctx) {
        Actor actor = kit.member(ctx).actor();
        PageForm form = kit.form(ctx);
        Template template = ownTemplate(ctx, actor);
        Issuer issuer = managedIssuer(ctx, actor, template.issuer());
        TemplateForm typed = TemplateForm.of(template, issuer.name()).retyped(form);
        try {
            patch.patchTemplate(new PatchTemplateCommand(actor, template.id(), TemplatePatch.none()
                    .title(typed.title()).description(typed.description()).criteria(typed.criteria()),
                    form.optional("submit").isPresent()));
        } catch (DomainException refused) {
            show(ctx, 400, typed.withProblems(FormProblems.of(refused)));
            return;
        }
        kit.redirect(ctx, ConsolePaths.issuer(template.issuer().value()));
    }

    private void submit(Context ctx) {
        Actor actor = kit.member(ctx).actor();
        kit.form(ctx);
        Template submitted = submit.submitTemplate(new TemplateCommand(actor, new TemplateId(PathIds.of(ctx, "id"))));
        kit.redirect(ctx, ConsolePaths.issuer(submitted.issuer().value()));
    }

    private Template ownTemplate(Context ctx, Actor actor) {
        return getTemplate.getTemplate(new TemplateCommand(actor, new TemplateId(PathIds.of(ctx, "id")))).template();
    }

    private Issuer managedIssuer(Context ctx, Actor actor, IssuerId issuer) {
        return getIssuer.getManagedIssuer(new ManagedIssuerQuery(actor, issuer));
    }

    private void show(Context ctx, int status, TemplateForm form) {
        String title = form.id() == 0 ? "New badge" : "Edit " + form.title();
        kit.render(ctx, status, "console/template.jte", kit.frame(ctx, title), form);
    }
}
