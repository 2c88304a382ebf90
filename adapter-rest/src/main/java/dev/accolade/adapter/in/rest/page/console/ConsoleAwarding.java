package dev.accolade.adapter.in.rest.page.console;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.page.FormProblems;
import dev.accolade.adapter.in.rest.page.PageForm;
import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.adapter.in.rest.page.TemplateTitles;
import dev.accolade.application.award.BulkAwardCommand;
import dev.accolade.application.award.BulkAwardUseCase;
import dev.accolade.application.issuer.GetManagedIssuerUseCase;
import dev.accolade.application.issuer.ManagedIssuerQuery;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.GetTemplateUseCase;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Awarding from the console: one recipient or a pasted list, one a line, through the bulk award use case of
 * {@code POST /v1/templates/{id}/awards/bulk} (all checked first, all or none, under an idempotency key the
 * form carries so that sending it twice awards once). Each line's outcome is shown afterwards.
 */
public final class ConsoleAwarding {

    private final GetTemplateUseCase getTemplate;
    private final GetManagedIssuerUseCase getIssuer;
    private final BulkAwardUseCase bulkAward;
    private final PageKit kit;

    /** The form over these use cases. */
    public ConsoleAwarding(GetTemplateUseCase getTemplate, GetManagedIssuerUseCase getIssuer,
            BulkAwardUseCase bulkAward, PageKit kit) {
        this.getTemplate = requireNonNull(getTemplate, "getTemplate");
        this.getIssuer = requireNonNull(getIssuer, "getIssuer");
        this.bulkAward = requireNonNull(bulkAward, "bulkAward");
        this.kit = requireNonNull(kit, "kit");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get(ConsolePaths.AWARD, this::form);
        routes.post(ConsolePaths.AWARD, this::award);
    }

    private void form(Context ctx) {
        Actor actor = kit.member(ctx).actor();
        Template template = managedTemplate(ctx, actor);
        show(ctx, 200, new AwardForm(template.id().value(), template.issuer().value(), TemplateTitles.of(template),
                "", UUID.randomUUID().toString(), List.of(), List.of()));
    }

    private void award(Context ctx) {
        Actor actor = kit.member(ctx).actor();
        PageForm form = kit.form(ctx);
        Template template = managedTemplate(ctx, actor);
        String key = form.optional("key").orElseGet(() -> UUID.randomUUID().toString());
        AwardForm typed = new AwardForm(template.id().value(), template.issuer().value(),
                TemplateTitles.of(template), form.text("recipients"), key, List.of(), List.of());
        List<AwardOutcome> outcomes;
        RecipientLines lines;
        try {
            lines = RecipientLines.parse(typed.recipients());
            try {
                outcomes = bulkAward.awardInBulk(new BulkAwardCommand(actor, template.id(), lines.recipients(), key));
            } catch (DomainException refused) {
                throw lines.byLine(refused);
            }
        } catch (DomainException refused) {
            show(ctx, 400, typed.withProblems(FormProblems.of(refused)));
            return;
        }
        List<AwardForm.Result> results = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            results.add(new AwardForm.Result(lines.typed().get(i), AwardForm.Result.said(outcomes.get(i))));
        }
        show(ctx, 200, typed.withResults(results));
    }

    private Template managedTemplate(Context ctx, Actor actor) {
        Template template = getTemplate.getTemplate(new TemplateCommand(actor, new TemplateId(PathIds.of(ctx, "id"))))
                .template();
        getIssuer.getManagedIssuer(new ManagedIssuerQuery(actor, template.issuer()));
        return template;
    }

    private void show(Context ctx, int status, AwardForm form) {
        kit.render(ctx, status, "console/award.jte", kit.frame(ctx, "Award " + form.title()), form);
    }
}
