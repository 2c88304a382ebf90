package dev.accolade.adapter.in.rest.page;

import dev.accolade.adapter.in.rest.dialect.Dialect;
import dev.accolade.adapter.in.rest.dialect.ErrorReply;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * The pages' failures as HTML error pages (400, 401, 403, 404 …), never JSON and never a 500 for bad
 * input. A refusal on a thing the page names by id reads as not found, as in the API.
 */
public final class PageDialect implements Dialect {

    private final PageTemplates templates;
    private final Csrf csrf;

    /** Error pages rendered with these templates, their sign-out form signed by this CSRF token. */
    public PageDialect(PageTemplates templates, Csrf csrf) {
        this.templates = templates;
        this.csrf = csrf;
    }

    @Override
    public String name() {
        return "pages";
    }

    @Override
    public String base() {
        return PagePaths.HOME;
    }

    @Override
    public boolean covers(String path) {
        return PagePaths.covers(path);
    }

    @Override
    public ErrorReply refusal(DomainException error, Context ctx) {
        boolean byId = !ctx.pathParamMap().isEmpty();
        int status = switch (error.category()) {
            case INVALID, RULE_VIOLATION -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> byId ? 404 : 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_MANY_REQUESTS -> 429;
        };
        if (status == 404) {
            return notFound();
        }
        List<String> problems = error.category() == ErrorCategory.INVALID
                ? error.fieldErrors().stream().map(FieldError::sentence).toList() : List.of();
        return reply(status, error.getMessage(), error.code(), problems);
    }

    @Override
    public ErrorReply rejection(RequestRejected rejection) {
        return reply(rejection.status(), rejection.getMessage(), rejection.code(), List.of());
    }

    @Override
    public ErrorReply unknownRoute(Context ctx) {
        return notFound();
    }

    @Override
    public ErrorReply internalError(String errorId) {
        return reply(500, "Something went wrong on our side. Quote error id " + errorId + " to the operator.",
                "internal_error", List.of());
    }

    @Override
    public void send(Context ctx, ErrorReply reply) {
        PageHeaders.apply(ctx);
        PageError error = (PageError) reply.body();
        Visitor visitor = ctx.attribute(PageSessions.VISITOR);
        Optional<String> member = visitor == null ? Optional.empty() : visitor.member().map(m -> m.name());
        Frame frame = new Frame(error.heading(), member, csrf.token(ctx), List.of(), Optional.empty());
        templates.send(ctx, reply.status(), "error.jte", frame, error);
    }

    private static ErrorReply notFound() {
        return reply(404, "There is nothing here, or it is not public.", "not_found", List.of());
    }

    private static ErrorReply reply(int status, String message, String code, List<String> problems) {
        return new ErrorReply(status, new PageError(status, PageError.headingOf(status), message, code, problems));
    }
}
