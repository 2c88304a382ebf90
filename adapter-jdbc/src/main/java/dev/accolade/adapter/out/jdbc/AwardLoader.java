package dev.accolade.adapter.out.jdbc;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.domain.award.AwardCredential;
import dev.accolade.domain.award.StatusSlot;
import dev.accolade.domain.common.PublicId;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes many direct awards at once, raw, for the data generator: one transaction and one JDBI prepared batch
 * per call, bypassing the use cases. Each award gets what the award path would give it: an id from the
 * store's sequence, a public id and a recipient salt from a secure random source, and a random free slot in
 * its issuer's status list for that id (the slots taken before are read once per list). PostgreSQL takes the
 * rows with {@code COPY} ({@link AwardCopy}), H2 as one prepared batch. Rows match what the
 * award repository writes and reads: source {@code DIRECT}, not revoked, not viewed, no holder, no expiry.
 * Nothing else is written: no event, no webhook delivery, no idempotency record. One loader at a time per
 * store: it remembers the slots it gave.
 */
public final class AwardLoader {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /** The largest multiple of the alphabet's size a byte reaches, so that tokens are drawn without bias. */
    private static final int UNBIASED = 256 - 256 % ALPHABET.length();

    private final JdbcStore store;
    private final String insert;
    private final SecureRandom secure = new SecureRandom();
    private final SplittableRandom slots = new SplittableRandom(secure.nextLong());
    private final Map<String, BitSet> taken = new HashMap<>();

    private AwardLoader(JdbcStore store) {
        this.store = requireNonNull(store, "store");
        this.insert = "INSERT INTO award (id, template_id, template_version, issuer_id, repeatable, recipient_key,"
                + " recipient_first_name, recipient_last_name, awarded_at, source_kind, evidence, public_id,"
                + " recipient_salt, status_list, status_index) VALUES (:id, :template, :version, :issuer, :repeatable,"
                + " :recipient, :first_name, :last_name, :awarded_at, 'DIRECT', " + store.dialect().json("evidence")
                + ", :public_id, :salt, :list, :index)";
    }

    /** A loader writing into this store, whose schema is up to date. */
    public static AwardLoader on(JdbcStore store) {
        return new AwardLoader(store);
    }

    /** Writes the awards in one transaction, in the order given, and gives their ids in that order. */
    public List<Long> load(List<LoadedAward> awards) {
        if (awards.isEmpty()) {
            return List.of();
        }
        return store.jdbi().inTransaction(handle -> {
            List<Long> ids = ids(handle, awards.size());
            List<AwardRow> rows = new ArrayList<>(awards.size());
            for (int i = 0; i < awards.size(); i++) {
                LoadedAward award = awards.get(i);
                long id = ids.get(i);
                long list = id / StatusSlot.AWARDS_PER_LIST;
                rows.add(new AwardRow(id, award, evidence(award.narrative()), token(PublicId.LENGTH),
                        token(AwardCredential.SALT_LENGTH), list, freeIndex(handle, award.issuer(), list)));
            }
            if (store.dialect() == JdbcDialect.POSTGRESQL) {
                AwardCopy.copy(handle, rows);
            } else {
                inserted(handle, rows);
            }
            return ids;
        });
    }

    /**
     * Has the database gather the award table's statistics again, so that its planner knows how many rows
     * each issuer, template and recipient now has. Without it PostgreSQL, which last looked when the table
     * was nearly empty, takes an issuer's million awards for a few hundred, gathers them all through a bitmap
     * and sorts them to list twenty (0.9 s against 0.1 ms on this machine).
     */
    public void analyze() {
        store.jdbi().useHandle(handle -> handle.execute(store.dialect() == JdbcDialect.H2 ? "ANALYZE TABLE award"
                : "ANALYZE award"));
    }

    private void inserted(Handle handle, List<AwardRow> rows) {
        PreparedBatch batch = handle.prepareBatch(insert);
        for (AwardRow row : rows) {
            LoadedAward award = row.award();
            batch.bind("id", row.id()).bind("template", award.template()).bind("version", award.version())
                    .bind("issuer", award.issuer()).bind("repeatable", award.repeatable())
                    .bind("recipient", award.recipientKey()).bind("first_name", award.firstName())
                    .bind("last_name", award.lastName()).bind("awarded_at", award.awardedAt())
                    .bind("evidence", row.evidence()).bind("public_id", row.publicId()).bind("salt", row.salt())
                    .bind("list", row.list()).bind("index", row.index()).add();
        }
        batch.execute();
    }

    private List<Long> ids(Handle handle, int count) {
        String draw = store.dialect() == JdbcDialect.H2
                ? "SELECT NEXT VALUE FOR accolade_id FROM SYSTEM_RANGE(1, :count)"
                : "SELECT nextval('accolade_id') FROM generate_series(1, :count)";
        return handle.createQuery(draw).bind("count", count).mapTo(Long.class).list();
    }

    private int freeIndex(Handle handle, long issuer, long list) {
        BitSet bits = taken.computeIfAbsent(issuer + "/" + list, key -> {
            BitSet read = new BitSet(StatusSlot.LIST_SIZE);
            handle.createQuery("SELECT status_index FROM award WHERE issuer_id = :issuer AND status_list = :list")
                    .bind("issuer", issuer).bind("list", list).mapTo(Integer.class).forEach(read::set);
            return read;
        });
        while (true) {
            int index = slots.nextInt(StatusSlot.LIST_SIZE);
            if (!bits.get(index)) {
                bits.set(index);
                return index;
            }
        }
    }

    private String token(int length) {
        StringBuilder token = new StringBuilder(length);
        byte[] bytes = new byte[length * 2];
        while (token.length() < length) {
            secure.nextBytes(bytes);
            for (int i = 0; i < bytes.length && token.length() < length; i++) {
                int value = bytes[i] & 0xFF;
                if (value < UNBIASED) {
                    token.append(ALPHABET.charAt(value % ALPHABET.length()));
                }
            }
        }
        return token.toString();
    }

    private static String evidence(String narrative) {
        ObjectNode json = Json.object().put("narrative", narrative);
        json.putArray("links");
        return Json.print(json);
    }
}
