package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.testdata.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The NUL character, which PostgreSQL stores in no text column and no JSON document, is refused as
 * invalid input ({@code text_invalid}) on every database before any statement runs, and nothing is
 * written: in a plain text parameter and anywhere in a JSON document.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(JdbcTarget.class)
class JdbcNulTextTest {

    @Parameter
    JdbcTarget target;

    @Test
    void a_lookup_by_a_text_with_a_nul_is_invalid_input_not_a_database_error() {
        StorePorts store = target.newStore();
        Issuer issuer = TestData.issuer();
        store.transactions().inTransaction(() -> {
            store.issuers().insert(issuer);
            return null;
        });

        assertThatThrownBy(() -> store.transactions().readOnly(() -> store.templates().findByTitle(issuer.id(),
                "a\u0000b"))).isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("text_invalid"));
    }

    @Test
    void a_json_document_holding_a_nul_anywhere_is_refused_before_it_is_written() {
        ObjectNode document = Json.object();
        document.putArray("list").addObject().put("name", "nul\u0000here");
        ObjectNode named = Json.object();
        named.put("nul\u0000name", 1);

        for (ObjectNode refused : List.of(document, named)) {
            assertThatThrownBy(() -> Json.print(refused)).isInstanceOfSatisfying(DomainException.class,
                    error -> assertThat(error.code()).isEqualTo("text_invalid"));
        }
        assertThat(Json.print(Json.object().put("plain", "text"))).isEqualTo("{\"plain\":\"text\"}");
    }
}
