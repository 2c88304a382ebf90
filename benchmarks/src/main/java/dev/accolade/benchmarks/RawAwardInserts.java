package dev.accolade.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The rows an award writes, inserted raw with JDBI in one transaction: a fresh id from the store's sequence,
 * the award row (shaped like a real one the fixture made) and its idempotency record. They go to a second
 * issuer of the same store, so that their status slots, taken in id order, never meet the real awards'.
 */
final class RawAwardInserts implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** As many connections as the server's pool keeps by default. */
    private static final int POOL_SIZE = 10;
    private static final int LIST_SIZE = 131_072;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static final String INSERT_AWARD = "INSERT INTO award (id, template_id, template_version, issuer_id,"
            + " repeatable, recipient_key, evidence, awarded_at, source_kind, public_id, recipient_salt, status_list,"
            + " status_index) VALUES (:id, :template, :version, :issuer, TRUE, :recipient, :evidence, :now, :source,"
            + " :public_id, :salt, :list, :index)";
    private static final String INSERT_RECORD = "INSERT INTO idempotency_record (issuer_id, idempotency_key,"
            + " fingerprint, outcome, outcome_id, created_at) VALUES (:issuer, :key, :fingerprint, 'AWARDED', :id,"
            + " :now)";

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final long issuer;
    private final long template;
    private final Map<String, Object> prototype;
    private final SecureRandom random = new SecureRandom();

    /** Inserts into the H2 file database at the URL, for the issuer's template, rows shaped like the award's. */
    RawAwardInserts(String jdbcUrl, long issuer, long template, long prototypeAward) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        pool.setUsername("");
        pool.setPassword("");
        pool.setMaximumPoolSize(POOL_SIZE);
        this.pool = new HikariDataSource(pool);
        this.jdbi = Jdbi.create(this.pool);
        this.issuer = issuer;
        this.template = template;
        this.prototype = jdbi.withHandle(handle -> handle.createQuery("SELECT template_version, source_kind,"
                + " CAST(evidence AS VARCHAR(100000)) AS evidence FROM award WHERE id = :id")
                .bind("id", prototypeAward).mapToMap().one());
    }

    /**
     * Inserts the rows of an award to each recipient of a bulk body, in one transaction and in batches, each
     * under the key and its position; gives how many awards it made.
     */
    int insertMany(byte[] body, String idempotencyKey) {
        List<String> emails = recipientsOf(body);
        Instant now = Instant.now();
        return jdbi.inTransaction(handle -> {
            List<Long> ids = handle.createQuery("SELECT NEXT VALUE FOR accolade_id FROM SYSTEM_RANGE(1, :count)")
                    .bind("count", emails.size()).mapTo(Long.class).list();
            PreparedBatch awards = handle.prepareBatch(INSERT_AWARD);
            PreparedBatch records = handle.prepareBatch(INSERT_RECORD);
            for (int i = 0; i < ids.size(); i++) {
                bindAward(awards, ids.get(i), emails.get(i), now).add();
                records.bind("issuer", issuer).bind("key", idempotencyKey + " " + i).bind("fingerprint", token(64))
                        .bind("id", ids.get(i)).bind("now", now).add();
            }
            awards.execute();
            records.execute();
            return ids.size();
        });
    }

    /** Inserts the rows of an award to the body's recipient under the key; gives the new award's id. */
    long insert(byte[] body, String idempotencyKey) {
        String email = recipientOf(body);
        Instant now = Instant.now();
        return jdbi.inTransaction(handle -> {
            long id = handle.createQuery("SELECT NEXT VALUE FOR accolade_id").mapTo(Long.class).one();
            bindAward(handle.createUpdate(INSERT_AWARD), id, email, now).execute();
            handle.createUpdate(INSERT_RECORD).bind("issuer", issuer).bind("key", idempotencyKey)
                    .bind("fingerprint", token(64)).bind("id", id).bind("now", now).execute();
            return id;
        });
    }

    /** The rows a table of the store holds now. */
    long rows(String table) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    @Override
    public void close() {
        pool.close();
    }

    private <T extends SqlStatement<T>> T bindAward(T statement, long id, String email, Instant now) {
        return statement.bind("id", id).bind("template", template).bind("version", prototype.get("template_version"))
                .bind("issuer", issuer).bind("recipient", "email:" + email)
                .bind("evidence", (String) prototype.get("evidence")).bind("now", now)
                .bind("source", (String) prototype.get("source_kind")).bind("public_id", token(22))
                .bind("salt", token(32)).bind("list", id / LIST_SIZE).bind("index", (int) (id % LIST_SIZE));
    }

    private String token(int length) {
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }

    private static List<String> recipientsOf(byte[] body) {
        try {
            List<String> emails = new ArrayList<>();
            for (JsonNode entry : JSON.readTree(body).path("recipients")) {
                emails.add(entry.path("recipient").path("email").asText());
            }
            return emails;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static String recipientOf(byte[] body) {
        try {
            JsonNode email = JSON.readTree(body).path("recipient").path("email");
            if (!email.isTextual()) {
                throw new IllegalArgumentException("no recipient email in the body");
            }
            return email.asText();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
