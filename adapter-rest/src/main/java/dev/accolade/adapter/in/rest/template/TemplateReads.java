package dev.accolade.adapter.in.rest.template;

import dev.accolade.adapter.in.rest.page.PageLinks;
import dev.accolade.application.template.TemplateView;
import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.GetTemplateUseCase;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import io.javalin.http.Context;

/** What the template routes share: the template a path names, and a template read back as its caller sees it. */
public final class TemplateReads {

    private final GetTemplateUseCase getTemplate;
    private final Authenticator authenticator;
    private final PageLinks links;

    /** Reads through this use case, for callers this authenticator tells apart, linking the badge pages. */
    public TemplateReads(GetTemplateUseCase getTemplate, Authenticator authenticator, PageLinks links) {
        this.getTemplate = requireNonNull(getTemplate, "getTemplate");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.links = requireNonNull(links, "links");
    }

    /** The template as just written, read back with its figures as this actor sees it. */
    TemplateResponse view(Actor actor, Template template) {
        return TemplateResponse.from(getTemplate.getTemplate(new TemplateCommand(actor, template.id())), links);
    }

    /** The response for a template as its viewer sees it, whole or as hidden. */
    Object response(TemplateView view) {
        return TemplateResponse.of(view, links);
    }

    /** The template in the path, for the request's caller. */
    TemplateCommand command(Context ctx) {
        return new TemplateCommand(authenticator.actorOf(ctx), templateId(ctx));
    }

    /** The request's caller. */
    Actor actorOf(Context ctx) {
        return authenticator.actorOf(ctx);
    }

    /** The id of the template in the path. */
    static TemplateId templateId(Context ctx) {
        return new TemplateId(PathIds.of(ctx, "id"));
    }
}
