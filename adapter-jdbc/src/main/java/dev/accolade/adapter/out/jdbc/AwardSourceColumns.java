package dev.accolade.adapter.out.jdbc;

import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.logline.LogLine;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.request.AwardRequestId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * How an award came about, in three columns: its kind, the id of the offer or request it came from,
 * and the text of the log line or the rule's name.
 */
final class AwardSourceColumns {

    private AwardSourceColumns() {
    }

    static <S extends SqlStatement<S>> S bind(S update, AwardSource source) {
        Long id = null;
        String text = null;
        if (source instanceof AwardSource.FromOffer offer) {
            id = offer.offer().value();
        } else if (source instanceof AwardSource.FromRequest request) {
            id = request.request().value();
        } else if (source instanceof AwardSource.FromLogLine line) {
            text = line.line().text();
        } else if (source instanceof AwardSource.FromRule rule) {
            text = rule.rule();
        }
        return update.bind("source_kind", source.kind().name()).bindByType("source_id", id, Long.class)
                .bind("source_text", text);
    }

    static AwardSource read(ResultSet row) throws SQLException {
        switch (AwardSource.Kind.valueOf(row.getString("source_kind"))) {
            case OFFER:
                return new AwardSource.FromOffer(new OfferId(row.getLong("source_id")));
            case REQUEST:
                return new AwardSource.FromRequest(new AwardRequestId(row.getLong("source_id")));
            case LOG_LINE:
                return new AwardSource.FromLogLine(new LogLine(row.getString("source_text")));
            case RULE:
                return new AwardSource.FromRule(row.getString("source_text"));
            default:
                return new AwardSource.Direct();
        }
    }
}
