package dev.accolade.adapter.out.jdbc;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/** Binds instants as UTC {@code TIMESTAMP WITH TIME ZONE} values, the same on every database and in every zone. */
final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {

    InstantArgumentFactory() {
        super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
        OffsetDateTime utc = OffsetDateTime.ofInstant(value, ZoneOffset.UTC);
        return (position, statement, context) -> statement.setObject(position, utc, Types.TIMESTAMP_WITH_TIMEZONE);
    }
}
