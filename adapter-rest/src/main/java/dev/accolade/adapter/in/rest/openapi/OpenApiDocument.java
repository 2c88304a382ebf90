package dev.accolade.adapter.in.rest.openapi;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI 3.1 description of the native API, a JSON resource served as is at {@link #PATH}. */
public final class OpenApiDocument {

    /** Where the document is served. */
    public static final String PATH = "/openapi.json";

    private static final String RESOURCE = "/openapi.json";

    private final byte[] json;

    private OpenApiDocument(byte[] json) {
        this.json = json;
    }

    /** Reads the document from the class path. */
    public static OpenApiDocument load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The OpenAPI document " + RESOURCE + " is not on the class path");
            }
            return new OpenApiDocument(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers 200 with the document. */
    public void serve(Context ctx) {
        ctx.contentType(ContentType.APPLICATION_JSON).result(json);
    }
}
