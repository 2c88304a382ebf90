package dev.accolade.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.bootstrap.Server;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * The scale case: an H2 file store filled by {@code accolade admin generate} with one issuer's awards, and the
 * real server on it. Page {@code deepPage} of the issuer's awards (newest first, 20 to a page) is reached with
 * the keyset cursor its previous page would have given, built from the rows; the suite checks that cursor
 * against the one page 1 gives, so that the case asks what a client following cursors would ask.
 */
final class ScalePaging implements AutoCloseable {

    /** The page size of both sides: the API's default. */
    static final int PAGE_SIZE = 20;
    private static final char SEPARATOR = '\u001f';

    private final Server server;
    private final JsonApi api;
    private final String key;
    private final String deepCursor;
    private final int awards;
    private final int deepPage;
    private final String store;

    private ScalePaging(Server server, String key, String jdbcUrl, long issuer, int awards, int deepPage) {
        this.server = server;
        this.api = new JsonApi("http://127.0.0.1:" + server.port());
        this.key = key;
        this.awards = awards;
        this.deepPage = deepPage;
        this.store = jdbcUrl.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2 file";
        JsonNode first = AdminCommands.json(new String(api.bytes(api.request(path(null), key).build(), 200),
                StandardCharsets.UTF_8));
        String firstCursor = first.path("metadata").path("next_cursor").asText();
        if (!firstCursor.equals(cursorAfter(jdbcUrl, issuer, PAGE_SIZE - 1))) {
            throw new IllegalStateException("the cursor built from the rows is not the one page 1 gives");
        }
        this.deepCursor = cursorAfter(jdbcUrl, issuer, (long) (deepPage - 1) * PAGE_SIZE - 1);
    }

    /** Fills a new H2 file in the directory with this many awards of one issuer and starts the server on it. */
    static ScalePaging start(Path directory, int awards, int deepPage) {
        String jdbcUrl = "jdbc:h2:file:" + directory.resolve("accolade").toAbsolutePath();
        JsonNode issuer = AdminCommands.json(AdminCommands.run(directory, "admin", "generate", "--awards",
                String.valueOf(awards), "--database", jdbcUrl)).path("issuers").path(0);
        return started(jdbcUrl, issuer.path("api_key").path("secret").asText(), issuer.path("issuer").path("id")
                .asLong(), awards, deepPage);
    }

    /**
     * Starts the server on a store {@code admin generate} filled before (H2 or PostgreSQL, given by its JDBC
     * URL), for its first issuer, with a new API key ({@code admin create-key}).
     */
    static ScalePaging on(Path directory, String jdbcUrl, int deepPage) {
        long issuer;
        String slug;
        int awards;
        try (Connection connection = AdminCommands.connect(jdbcUrl);
                ResultSet first = connection.createStatement().executeQuery("SELECT i.id, i.slug,"
                        + " (SELECT COUNT(*) FROM award a WHERE a.issuer_id = i.id) FROM issuer i ORDER BY i.id"
                        + " FETCH FIRST 1 ROWS ONLY")) {
            if (!first.next()) {
                throw new IllegalStateException("no issuer in " + jdbcUrl + ": fill it with admin generate first");
            }
            issuer = first.getLong(1);
            slug = first.getString(2);
            awards = first.getInt(3);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
        String key = AdminCommands.newKey(directory, slug, jdbcUrl);
        return started(jdbcUrl, key, issuer, awards, deepPage);
    }

    private static ScalePaging started(String jdbcUrl, String key, long issuer, int awards, int deepPage) {
        Server server = AdminCommands.serve(jdbcUrl);
        return new ScalePaging(server, key, jdbcUrl, issuer, awards, deepPage);
    }

    /** The case: page {@code deepPage} against page 1. */
    HttpCase httpCase() {
        String deep = path(deepCursor);
        return new HttpCase(String.format("page %,d of an issuer's awards in a %,d-award store (%s)", deepPage,
                awards, store), new HttpCase.Side("GET /v1/achievements?role=awarded&cursor=<page " + deepPage + ">",
                        n -> api.request(deep, key).build(), 200),
                new HttpCase.Side("GET /v1/achievements?role=awarded (page 1)",
                        n -> api.request(path(null), key).build(), 200), ">= 0.8");
    }

    private static String path(String cursor) {
        return "/v1/achievements?role=awarded&page_size=" + PAGE_SIZE
                + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
    }

    /** The cursor after the issuer's award at this position (from 0), newest first, as the API encodes it. */
    private static String cursorAfter(String jdbcUrl, long issuer, long position) {
        try (Connection connection = AdminCommands.connect(jdbcUrl);
                PreparedStatement query = connection.prepareStatement("SELECT awarded_at, id FROM award"
                        + " WHERE issuer_id = ? ORDER BY awarded_at DESC, id DESC"
                        + " OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY")) {
            query.setLong(1, issuer);
            query.setLong(2, position);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the issuer has no award at position " + position);
                }
                String plain = row.getObject(1, OffsetDateTime.class).toInstant().toString() + SEPARATOR
                        + row.getLong(2);
                return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
