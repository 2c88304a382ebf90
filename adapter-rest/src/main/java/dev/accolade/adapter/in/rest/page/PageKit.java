package dev.accolade.adapter.in.rest.page;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.input.FormBodies;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every page route uses besides its use cases: the visitor, the frame around the page, forms read
 * only once their CSRF token checks out, rendering, redirects and links.
 */
public final class PageKit {

    private final PageTemplates templates;
    private final PageSessions sessions;
    private final Csrf csrf;
    private final PageLinks links;

    /** A kit over these parts. */
    public PageKit(PageTemplates templates, PageSessions sessions, Csrf csrf, PageLinks links) {
        this.templates = requireNonNull(templates, "templates");
        this.sessions = requireNonNull(sessions, "sessions");
        this.csrf = requireNonNull(csrf, "csrf");
        this.links = requireNonNull(links, "links");
    }

    /** Who is looking: a signed-in member or an anonymous visitor. */
    public Visitor visitor(Context ctx) {
        return sessions.visitor(ctx);
    }

    /** The signed-in member, or a 401 page. */
    public Visitor member(Context ctx) {
        return sessions.member(ctx);
    }

    /** The sessions, for the pages that sign in and out. */
    public PageSessions sessions() {
        return sessions;
    }

    /** The frame of a page with this title for this request. */
    public Frame frame(Context ctx, String title) {
        return new Frame(title, visitor(ctx).member().map(member -> member.name()), csrf.token(ctx), List.of(),
                Optional.empty());
    }

    /** The fields of a posted form, after its CSRF token is checked: a 403 page when it does not match. */
    public PageForm form(Context ctx) {
        Map<String, String> fields = FormBodies.read(ctx);
        csrf.verify(ctx, fields.get(Csrf.FIELD));
        return new PageForm(fields);
    }

    /** Answers 200 with a rendered page. */
    public void render(Context ctx, String template, Frame frame, Object model) {
        templates.send(ctx, 200, template, frame, model);
    }

    /** Answers with a rendered page and another status, such as 400 for a form shown again with its errors. */
    public void render(Context ctx, int status, String template, Frame frame, Object model) {
        templates.send(ctx, status, template, frame, model);
    }

    /** Sends the browser on to a path of this site with 303, after a form did its work. */
    public void redirect(Context ctx, String path) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("a page redirects within the site only");
        }
        ctx.redirect(path, HttpStatus.SEE_OTHER);
    }

    /** The pages' absolute URLs. */
    public PageLinks links() {
        return links;
    }
}
