package dev.accolade.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.bootstrap.Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;

/**
 * The recipient scale case: a recipient's list on a large store against the same list on a small one. Each store,
 * filled by {@code accolade admin generate}, gets the real server of its own in this JVM and a new key of its
 * first issuer; each side lists, with that key, one page of up to 100 of the issuer's recipients whose award
 * counts are nearest to {@link #AWARDS} (the list case's size), up to a thousand of them in turn, so that the
 * large store's side reads pages all over its table as its users would. The large store is side A, the small B.
 */
final class RecipientScale implements AutoCloseable {

    /** The awards the listed recipients should hold: as many as the list case's recipient. */
    static final int AWARDS = 20;
    /** The most recipients a side lists in turn, so that a large store's lists are not all in its cache. */
    private static final int RECIPIENTS = 1_000;
    /** How far a listed recipient's award count may be from the nearest one's. */
    private static final int SPREAD = 2;

    private final Store large;
    private final Store small;

    private RecipientScale(Store large, Store small) {
        this.large = large;
        this.small = small;
    }

    /** Starts a server on each of two stores {@code admin generate} filled before, given by their JDBC URLs. */
    static RecipientScale on(Path directory, String largeUrl, String smallUrl) {
        Store large = Store.open(directory, largeUrl);
        try {
            return new RecipientScale(large, Store.open(directory, smallUrl));
        } catch (RuntimeException failure) {
            large.close();
            throw failure;
        }
    }

    /** Fills two new H2 files in the directory with this many awards each and starts a server on each. */
    static RecipientScale filled(Path directory, int largeAwards, int smallAwards) {
        return on(directory, generated(directory.resolve("large"), largeAwards),
                generated(directory.resolve("small"), smallAwards));
    }

    private static String generated(Path directory, int awards) {
        try {
            Files.createDirectories(directory);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        String jdbcUrl = "jdbc:h2:file:" + directory.resolve("accolade").toAbsolutePath();
        AdminCommands.run(directory, "admin", "generate", "--awards", String.valueOf(awards), "--database", jdbcUrl);
        return jdbcUrl;
    }

    /** The case: the recipient's list on the large store against the same on the small one. */
    HttpCase httpCase() {
        return new HttpCase(String.format("a recipient's list, %,d-award store against %,d (%s)", large.awards,
                small.awards, large.kind()), large.side(), small.side(),
                "p99 ratio <= 1.5, below; this one is throughput's");
    }

    @Override
    public void close() {
        try {
            large.close();
        } finally {
            small.close();
        }
    }

    /** A recipient and the awards of the issuer it holds. */
    private record Held(String recipient, long awards) {
    }

    /** One store, its server, the key and the recipients its side lists, in turn. */
    private static final class Store implements AutoCloseable {

        private final String jdbcUrl;
        private final Server server;
        private final JsonApi api;
        private final String key;
        private final List<Held> recipients;
        private final long awards;

        private Store(String jdbcUrl, Server server, String key, List<Held> recipients, long awards) {
            this.jdbcUrl = jdbcUrl;
            this.server = server;
            this.api = new JsonApi("http://127.0.0.1:" + server.port());
            this.key = key;
            this.recipients = recipients;
            this.awards = awards;
        }

        static Store open(Path directory, String jdbcUrl) {
            long issuer;
            String slug;
            long awards;
            try (Connection connection = AdminCommands.connect(jdbcUrl);
                    ResultSet first = connection.createStatement().executeQuery("SELECT i.id, i.slug,"
                            + " (SELECT COUNT(*) FROM award) FROM issuer i ORDER BY i.id FETCH FIRST 1 ROWS ONLY")) {
                if (!first.next()) {
                    throw new IllegalStateException("no issuer in " + jdbcUrl + ": fill it with admin generate");
                }
                issuer = first.getLong(1);
                slug = first.getString(2);
                awards = first.getLong(3);
            } catch (SQLException failure) {
                throw new IllegalStateException(failure);
            }
            List<Held> recipients = recipients(jdbcUrl, issuer);
            String key = AdminCommands.newKey(directory, slug, jdbcUrl);
            Server server = AdminCommands.serve(jdbcUrl);
            Store store = new Store(jdbcUrl, server, key, recipients, awards);
            store.check();
            return store;
        }

        /**
         * The issuer's recipients whose award counts are nearest to {@link #AWARDS}, the nearest first, up to
         * {@link #RECIPIENTS} of them within {@link #SPREAD} of the nearest one's count, each with that count.
         */
        private static List<Held> recipients(String jdbcUrl, long issuer) {
            List<Held> nearest = new ArrayList<>();
            try (Connection connection = AdminCommands.connect(jdbcUrl);
                    PreparedStatement query = connection.prepareStatement("SELECT recipient_key, COUNT(*) FROM award"
                            + " WHERE issuer_id = ? GROUP BY recipient_key ORDER BY ABS(COUNT(*) - " + AWARDS + "),"
                            + " recipient_key FETCH FIRST " + RECIPIENTS + " ROWS ONLY")) {
                query.setLong(1, issuer);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        Held held = new Held(row.getString(1), row.getLong(2));
                        if (nearest.isEmpty() || Math.abs(held.awards() - nearest.get(0).awards()) <= SPREAD) {
                            nearest.add(held);
                        }
                    }
                }
            } catch (SQLException failure) {
                throw new IllegalStateException(failure);
            }
            if (nearest.isEmpty()) {
                throw new IllegalStateException("the first issuer of " + jdbcUrl + " has no award");
            }
            return List.copyOf(nearest);
        }

        /** Fails unless the list of the nearest recipient answers with every award it holds. */
        private void check() {
            Held nearest = recipients.get(0);
            JsonNode data = api.data(api.request(path(nearest), key).build(), 200);
            if (data.size() != nearest.awards()) {
                server.close();
                throw new IllegalStateException("the list of " + nearest.recipient() + " in " + jdbcUrl + " gave "
                        + data.size() + " awards, not " + nearest.awards());
            }
        }

        String kind() {
            return jdbcUrl.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2 file";
        }

        static String path(Held held) {
            return "/v1/achievements?recipient=" + URLEncoder.encode(held.recipient(), StandardCharsets.UTF_8)
                    + "&page_size=100";
        }

        /** Request n lists recipient n modulo their number. */
        HttpCase.Side side() {
            List<String> paths = recipients.stream().map(Store::path).toList();
            LongSummaryStatistics held = recipients.stream().mapToLong(Held::awards).summaryStatistics();
            return new HttpCase.Side(String.format("GET ?recipient= (%d recipients, %d-%d awards) in %,d",
                    paths.size(), held.getMin(), held.getMax(), awards),
                    n -> api.request(paths.get((int) (n % paths.size())), key).build(), 200);
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
