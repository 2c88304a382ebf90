package dev.accolade.adapter.in.rest.page.moderation;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.page.PageForm;
import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.adapter.in.rest.page.PagePaths;
import dev.accolade.adapter.in.rest.page.TemplateTitles;
import dev.accolade.application.issuer.GetIssuerUseCase;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TemplateSort;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.application.template.FindTemplatesUseCase;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operator's moderation queue: the templates waiting for review, oldest first, each with its issuer and
 * content, read as the operator through the same use case as {@code GET /v1/templates?status=pending_review}.
 * Without an operator session the page shows the operator's sign-in form (the admin token).
 */
public final class ModerationQueue {

    private static final int SHOWN = 100;

    private final FindTemplatesUseCase findTemplates;
    private final GetIssuerUseCase getIssuer;
    private final OperatorSessions operator;
    private final PageKit kit;

    /** The page over these use cases. */
    public ModerationQueue(FindTemplatesUseCase findTemplates, GetIssuerUseCase getIssuer, OperatorSessions operator,
            PageKit kit) {
        this.findTemplates = requireNonNull(findTemplates, "findTemplates");
        this.getIssuer = requireNonNull(getIssuer, "getIssuer");
        this.operator = requireNonNull(operator, "operator");
        this.kit = requireNonNull(kit, "kit");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get(PagePaths.MODERATION, this::show);
        routes.post(PagePaths.MODERATION + "/sign-in", this::signIn);
        routes.post(PagePaths.MODERATION + "/sign-out", this::signOut);
    }

    private void show(Context ctx) {
        if (!operator.signedIn(ctx)) {
            kit.render(ctx, "moderation/sign-in.jte", kit.frame(ctx, "Operator sign-in"), new SignIn(Optional.empty()));
            return;
        }
        List<Template> pending = findTemplates.findTemplates(FindTemplatesQuery.all(Actor.operator(),
                PageRequest.first(SHOWN)).withStatus(TemplateStatus.PENDING_REVIEW)
                .sortedBy(TemplateSort.ID, SortDirection.ASC)).items().stream().map(view -> view.template()).toList();
        Map<IssuerId, String> issuers = new HashMap<>();
        List<Pending> queue = pending.stream().map(template -> new Pending(template.id().value(),
                template.details().title(), template.details().description(), template.details().criteria(),
                issuers.computeIfAbsent(template.issuer(), id -> getIssuer.getIssuer(id).name()),
                TemplateTitles.day(template.updatedAt()), template.live().isPresent())).toList();
        kit.render(ctx, "moderation/queue.jte", kit.frame(ctx, "Moderation"), new Queue(queue));
    }

    private void signIn(Context ctx) {
        PageForm form = kit.form(ctx);
        if (operator.signIn(ctx, form.text("token"))) {
            kit.redirect(ctx, PagePaths.MODERATION);
            return;
        }
        kit.render(ctx, 401, "moderation/sign-in.jte", kit.frame(ctx, "Operator sign-in"),
                new SignIn(Optional.of("That is not the admin token.")));
    }

    private void signOut(Context ctx) {
        kit.form(ctx);
        operator.signOut(ctx);
        kit.redirect(ctx, PagePaths.MODERATION);
    }

    /**
     * The operator's sign-in form.
     *
     * @param problem why the last attempt failed, if it did
     */
    public record SignIn(Optional<String> problem) {
    }

    /**
     * The queue.
     *
     * @param templates the templates waiting for review, oldest first
     */
    public record Queue(List<Pending> templates) {
    }

    /**
     * A template waiting for review.
     *
     * @param id its id
     * @param title the version's title
     * @param description its description
     * @param criteria what earns it
     * @param issuer its issuer's name
     * @param submitted the day the version was last changed
     * @param update whether a published template's new version waits (the live one stays meanwhile)
     */
    public record Pending(long id, String title, String description, String criteria, String issuer,
            String submitted, boolean update) {
    }
}
