package dev.accolade.benchmarks;

import io.javalin.Javalin;
import io.javalin.http.ContentType;

/**
 * The ceiling the HTTP cases are measured against: a bare Javalin server, with Javalin's defaults and nothing
 * of Accolade's, that answers fixed bytes or does an award's raw inserts.
 */
final class BareServer implements AutoCloseable {

    /** Where the bare server answers the list's bytes. */
    static final String BYTES = "/bytes";
    /** Where the bare server does an award's raw inserts. */
    static final String INSERTS = "/inserts";
    /** Where the bare server does the raw inserts of a bulk award's awards. */
    static final String BULK_INSERTS = "/bulk-inserts";

    private final Javalin app;

    private BareServer(Javalin app) {
        this.app = app;
    }

    /** Starts on a free port, answering these bytes as JSON and inserting through these raw inserts. */
    static BareServer start(byte[] listBytes, RawAwardInserts inserts) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get(BYTES, ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(listBytes));
            config.routes.post(INSERTS, ctx -> ctx.status(201).contentType(ContentType.APPLICATION_JSON)
                    .result("{\"data\":{\"id\":" + inserts.insert(ctx.bodyAsBytes(), ctx.header("Idempotency-Key"))
                            + "}}"));
            config.routes.post(BULK_INSERTS, ctx -> ctx.contentType(ContentType.APPLICATION_JSON)
                    .result("{\"data\":{\"awarded\":" + inserts.insertMany(ctx.bodyAsBytes(),
                            ctx.header("Idempotency-Key")) + "}}"));
        }).start("127.0.0.1", 0);
        return new BareServer(app);
    }

    /** The base URL. */
    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
