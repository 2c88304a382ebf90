package dev.accolade.adapter.out.jdbc;

import dev.accolade.domain.award.AwardCredential;
import dev.accolade.domain.award.StatusSlot;
import dev.accolade.domain.common.PublicId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * An award's credential in its row: {@code public_id}, {@code recipient_salt}, {@code status_list}
 * and {@code status_index}, fixed when the award is made.
 */
final class CredentialColumns {

    /** The named parameters of an insert, in the order of the columns. */
    static final String PARAMETERS = ":public_id, :recipient_salt, :status_list, :status_index";

    private CredentialColumns() {
    }

    /** The credential of the current row. */
    static AwardCredential read(ResultSet row) throws SQLException {
        return new AwardCredential(new PublicId(row.getString("public_id")), row.getString("recipient_salt"),
                new StatusSlot(row.getLong("status_list"), row.getInt("status_index")));
    }

    /** The update with the credential's parameters bound. */
    static <S extends SqlStatement<S>> S bind(S update, AwardCredential credential) {
        return update.bind("public_id", credential.id().value()).bind("recipient_salt", credential.salt())
                .bind("status_list", credential.status().list()).bind("status_index", credential.status().index());
    }
}
