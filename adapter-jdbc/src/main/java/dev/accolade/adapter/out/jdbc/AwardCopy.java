package dev.accolade.adapter.out.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;

/**
 * Award rows into PostgreSQL with {@code COPY … FROM STDIN} through the driver's {@code CopyManager}: one
 * round trip for the whole batch, parsed by the server without a statement per row, in the handle's
 * transaction. The rows go as CSV, every text quoted, an absent name as an unquoted empty field (NULL).
 */
final class AwardCopy {

    private static final String COPY = "COPY award (id, template_id, template_version, issuer_id, repeatable,"
            + " recipient_key, recipient_first_name, recipient_last_name, awarded_at, source_kind, evidence,"
            + " public_id, recipient_salt, status_list, status_index) FROM STDIN (FORMAT csv)";

    private AwardCopy() {
    }

    /** Copies the rows into the award table on the handle's connection, in its transaction. */
    static void copy(Handle handle, List<AwardRow> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 300);
        for (AwardRow row : rows) {
            LoadedAward award = row.award();
            csv.append(row.id()).append(',').append(award.template()).append(',').append(award.version())
                    .append(',').append(award.issuer()).append(',').append(award.repeatable()).append(',');
            quoted(csv, award.recipientKey()).append(',');
            quoted(csv, award.firstName()).append(',');
            quoted(csv, award.lastName()).append(',');
            csv.append(award.awardedAt()).append(",DIRECT,");
            quoted(csv, row.evidence()).append(',');
            quoted(csv, row.publicId()).append(',');
            quoted(csv, row.salt()).append(',').append(row.list()).append(',').append(row.index()).append('\n');
        }
        try {
            handle.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(COPY,
                    new StringReader(csv.toString()));
        } catch (SQLException failure) {
            throw new IllegalStateException("COPY into award failed: " + failure.getMessage(), failure);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static StringBuilder quoted(StringBuilder csv, String text) {
        if (text == null) {
            return csv;
        }
        return csv.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
}
