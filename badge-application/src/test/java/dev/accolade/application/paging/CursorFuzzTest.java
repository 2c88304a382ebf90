package dev.accolade.application.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.accolade.domain.error.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Fuzzes cursor tokens, which clients pass back as they like: a token decodes to the cursor that made it,
 * or is {@code cursor_invalid}, never another failure.
 */
class CursorFuzzTest {

    @Property(tries = 3000)
    void any_token_is_a_cursor_or_cursor_invalid(@ForAll("tokens") String token) {
        Throwable failure = catchThrowable(() -> Cursor.decode(token));

        if (failure != null) {
            assertThat(failure).isInstanceOf(DomainException.class);
            assertThat(((DomainException) failure).code()).isEqualTo("cursor_invalid");
        }
    }

    @Property(tries = 1000)
    void a_cursor_survives_its_token(@ForAll("keys") String key, @ForAll @LongRange(min = 1, max = (1L << 53) - 1) long id) {
        Cursor cursor = new Cursor(key, id);

        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.strings().all().ofMaxLength(100).filter(key -> key.indexOf('\u001f') < 0)
                .filter(key -> new String(key.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(key));
    }

    @Provide
    Arbitrary<String> tokens() {
        Arbitrary<String> plain = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars("2026-01-01T00:00:00Z\u001f-0123456789e+").ofMaxLength(60));
        Arbitrary<String> encoded = plain.map(text -> Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        return Arbitraries.oneOf(encoded, plain, Arbitraries.strings().withChars("A-_=+/").ofMaxLength(1_100));
    }
}
