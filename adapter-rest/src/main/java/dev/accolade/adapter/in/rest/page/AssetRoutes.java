package dev.accolade.adapter.in.rest.page;

import dev.accolade.domain.error.DomainException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The pages' stylesheet and small script, served from the classpath under {@code /assets/}; nothing else
 * is read from there, so a path cannot reach other resources.
 */
public final class AssetRoutes {

    private static final Map<String, String> TYPES = Map.of("site.css", "text/css; charset=utf-8",
            "site.js", "text/javascript; charset=utf-8");

    private final Map<String, byte[]> assets;

    /** Reads the assets once. */
    public AssetRoutes() {
        this.assets = Map.of("site.css", load("site.css"), "site.js", load("site.js"));
    }

    /** Adds the route. */
    public void register(RoutesConfig routes) {
        routes.get(PagePaths.ASSETS + "{name}", this::serve);
    }

    private void serve(Context ctx) {
        String name = ctx.pathParam("name");
        byte[] body = assets.get(name);
        if (body == null) {
            throw DomainException.notFound("asset_not_found", "No such asset.");
        }
        ctx.contentType(TYPES.get(name)).header("Cache-Control", "public, max-age=3600").result(body);
    }

    private static byte[] load(String name) {
        try (InputStream in = AssetRoutes.class.getResourceAsStream("assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing page asset " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
