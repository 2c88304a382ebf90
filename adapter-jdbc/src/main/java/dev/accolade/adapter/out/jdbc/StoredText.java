package dev.accolade.adapter.out.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.domain.error.DomainException;
import java.sql.Types;
import java.util.Iterator;
import java.util.Map;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds text, refusing the NUL character, which PostgreSQL stores in no text column and no JSON
 * document: a value holding one is invalid input ({@code text_invalid}), refused before any statement
 * runs, so that every API answers it in its own form and nothing is written, on H2 as on PostgreSQL.
 */
final class StoredText extends AbstractArgumentFactory<String> {

    private static final char NUL = '\u0000';

    StoredText() {
        super(Types.VARCHAR);
    }

    @Override
    protected Argument build(String value, ConfigRegistry config) {
        String checked = checked(value);
        return (position, statement, context) -> statement.setString(position, checked);
    }

    /** The text, or {@code text_invalid} when it holds a NUL. */
    static String checked(String value) {
        if (value.indexOf(NUL) >= 0) {
            throw refused();
        }
        return value;
    }

    /** The JSON value, or {@code text_invalid} when a name or text anywhere in it holds a NUL. */
    static JsonNode checked(JsonNode value) {
        if (value.isTextual()) {
            checked(value.textValue());
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            checked(field.getKey());
            checked(field.getValue());
        }
        if (value.isArray()) {
            value.forEach(StoredText::checked);
        }
        return value;
    }

    private static DomainException refused() {
        return DomainException.invalid("text_invalid", "Text may not hold the NUL character (U+0000).");
    }
}
