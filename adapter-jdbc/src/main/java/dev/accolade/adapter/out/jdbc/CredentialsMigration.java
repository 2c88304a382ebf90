package dev.accolade.adapter.out.jdbc;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 11: awards become Open Badges credentials (issue 16). Issuers get their profile (web site,
 * email, image, description) and the base URL their credentials are pinned to; templates get the
 * public id of their badge class; awards get a public id, a recipient salt and a status list slot; and
 * issuers' signing keys get a table. Awards and templates made before get random values here, which
 * SQL cannot draw alike on H2 and PostgreSQL; hence a Java migration. Every literal is written out, as
 * a migration must not change.
 */
final class CredentialsMigration implements JavaMigration {

    private static final List<String> ADD = List.of(
            "ALTER TABLE issuer ADD COLUMN url VARCHAR(2048)",
            "ALTER TABLE issuer ADD COLUMN email VARCHAR(128)",
            "ALTER TABLE issuer ADD COLUMN image VARCHAR(2048)",
            "ALTER TABLE issuer ADD COLUMN description VARCHAR(1000) DEFAULT '' NOT NULL",
            "ALTER TABLE issuer ADD COLUMN credential_base VARCHAR(2048)",
            "ALTER TABLE template ADD COLUMN public_id VARCHAR(22)",
            "ALTER TABLE award ADD COLUMN public_id VARCHAR(22)",
            "ALTER TABLE award ADD COLUMN recipient_salt VARCHAR(32)",
            "ALTER TABLE award ADD COLUMN status_list BIGINT",
            "ALTER TABLE award ADD COLUMN status_index INTEGER",
            "CREATE TABLE issuer_key ("
                    + " issuer_id BIGINT NOT NULL,"
                    + " algorithm VARCHAR(16) NOT NULL,"
                    + " generation INTEGER NOT NULL,"
                    + " public_key VARCHAR(1024) NOT NULL,"
                    + " sealed VARCHAR(4096) NOT NULL,"
                    + " created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,"
                    + " retired_at TIMESTAMP(6) WITH TIME ZONE,"
                    + " CONSTRAINT pk_issuer_key PRIMARY KEY (issuer_id, algorithm, generation),"
                    + " CONSTRAINT ck_issuer_key_generation CHECK (generation >= 1),"
                    + " CONSTRAINT fk_issuer_key_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id))");
    private static final String READ_TEMPLATES = "SELECT id FROM template";
    private static final String WRITE_TEMPLATE = "UPDATE template SET public_id = ? WHERE id = ?";
    private static final String READ_AWARDS = "SELECT id, issuer_id FROM award";
    private static final String WRITE_AWARD = "UPDATE award SET public_id = ?, recipient_salt = ?, status_list = ?,"
            + " status_index = ? WHERE id = ?";
    private static final List<String> CONSTRAIN = List.of(
            "ALTER TABLE template ALTER COLUMN public_id SET NOT NULL",
            "ALTER TABLE template ADD CONSTRAINT uq_template_public_id UNIQUE (public_id)",
            "ALTER TABLE award ALTER COLUMN public_id SET NOT NULL",
            "ALTER TABLE award ALTER COLUMN recipient_salt SET NOT NULL",
            "ALTER TABLE award ALTER COLUMN status_list SET NOT NULL",
            "ALTER TABLE award ALTER COLUMN status_index SET NOT NULL",
            "ALTER TABLE award ADD CONSTRAINT uq_award_public_id UNIQUE (public_id)",
            "ALTER TABLE award ADD CONSTRAINT uq_award_status_slot UNIQUE (issuer_id, status_list, status_index)",
            "ALTER TABLE award ADD CONSTRAINT ck_award_status_index"
                    + " CHECK (status_index >= 0 AND status_index < 131072)");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int PUBLIC_ID_LENGTH = 22;
    private static final int SALT_LENGTH = 32;
    private static final int LIST_SIZE = 131_072;
    private static final int AWARDS_PER_LIST = 65_536;
    private static final int BATCH = 500;

    private final SecureRandom random = new SecureRandom();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11");
    }

    @Override
    public String getDescription() {
        return "credentials";
    }

    @Override
    public Integer getChecksum() {
        return MigrationStatements.checksum(Stream.of(ADD, List.of(READ_TEMPLATES, WRITE_TEMPLATE, READ_AWARDS,
                WRITE_AWARD), CONSTRAIN));
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        MigrationStatements.execute(connection, ADD);
        publicIdsForTemplates(connection);
        credentialsForAwards(connection);
        MigrationStatements.execute(connection, CONSTRAIN);
    }

    private void publicIdsForTemplates(Connection connection) throws SQLException {
        try (Statement read = connection.createStatement();
                PreparedStatement write = connection.prepareStatement(WRITE_TEMPLATE);
                ResultSet rows = read.executeQuery(READ_TEMPLATES)) {
            int pending = 0;
            while (rows.next()) {
                write.setString(1, token(PUBLIC_ID_LENGTH));
                write.setLong(2, rows.getLong("id"));
                pending = added(write, pending);
            }
            write.executeBatch();
        }
    }

    private void credentialsForAwards(Connection connection) throws SQLException {
        Map<List<Long>, Set<Integer>> taken = new HashMap<>();
        try (Statement read = connection.createStatement();
                PreparedStatement write = connection.prepareStatement(WRITE_AWARD);
                ResultSet rows = read.executeQuery(READ_AWARDS)) {
            int pending = 0;
            while (rows.next()) {
                long id = rows.getLong("id");
                long list = id / AWARDS_PER_LIST;
                Set<Integer> slots = taken.computeIfAbsent(List.of(rows.getLong("issuer_id"), list),
                        key -> new HashSet<>());
                int index;
                do {
                    index = random.nextInt(LIST_SIZE);
                } while (!slots.add(index));
                write.setString(1, token(PUBLIC_ID_LENGTH));
                write.setString(2, token(SALT_LENGTH));
                write.setLong(3, list);
                write.setInt(4, index);
                write.setLong(5, id);
                pending = added(write, pending);
            }
            write.executeBatch();
        }
    }

    private static int added(PreparedStatement write, int pending) throws SQLException {
        write.addBatch();
        if (pending + 1 < BATCH) {
            return pending + 1;
        }
        write.executeBatch();
        return 0;
    }

    private String token(int length) {
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }
}
