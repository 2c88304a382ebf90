package dev.accolade.adapter.in.rest.compat.userbadges;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Serves the embeddable widget, {@code userbadges.js}, and its themes under {@code themes/}, read
 * once from the class path. Any page may load them: they carry {@code Access-Control-Allow-Origin: *}.
 */
final class WidgetAssets {

    /** The themes there are, by file name. */
    static final String[] THEMES = {"stackoverflow.css", "plain.css"};

    private static final String ROOT = "/compat/userbadges/";
    private static final String SCRIPT = "userbadges.js";

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    WidgetAssets() {
        files.put(SCRIPT, load(SCRIPT));
        for (String theme : THEMES) {
            files.put("themes/" + theme, load("themes/" + theme));
        }
    }

    /** Adds a route for each file. */
    void register(RoutesConfig routes) {
        files.forEach((name, bytes) -> routes.get(SignedRequestHeaders.MOUNT + "/" + name,
                ctx -> serve(ctx, name, bytes)));
    }

    private static void serve(Context ctx, String name, byte[] bytes) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.contentType(name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8");
        ctx.result(bytes);
    }

    private static byte[] load(String name) {
        try (InputStream in = WidgetAssets.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("the widget file " + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
