package dev.accolade.adapter.in.rest.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The pages' jte templates (src/main/jte), compiled to Java at build time: each takes the page's
 * {@link Frame} and its model, and escapes every value it prints as HTML unless the template says
 * otherwise (none does).
 */
public final class PageTemplates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders a template to a string. */
    public String render(String template, Frame frame, Object model) {
        StringOutput output = new StringOutput();
        engine.render(template, Map.of("frame", frame, "model", model), output);
        return output.toString();
    }

    /** Answers the request with the rendered page and this status. */
    public void send(Context ctx, int status, String template, Frame frame, Object model) {
        String html = render(template, frame, model);
        ctx.status(status).contentType("text/html; charset=utf-8").header("Cache-Control", "no-store").result(html);
    }
}
