package dev.accolade.application.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.domain.error.DomainException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cursors travel as opaque, URL-safe tokens and come back exactly. */
class CursorTest {

    @Test
    void a_cursor_survives_its_token_with_any_text_key() {
        Cursor cursor = new Cursor("Crème brûlée / 100% ✓", 9_007_199_254_740_991L);

        String token = cursor.encode();

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(token)).isEqualTo(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "bm8tc2VwYXJhdG9y", "YWJjHzA", "YWJjH3h5eg"})
    void a_token_this_server_did_not_give_out_is_refused(String token) {
        assertThatThrownBy(() -> Cursor.decode(token)).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.code()).isEqualTo("cursor_invalid"));
    }

    @Test
    void a_missing_or_huge_token_is_refused() {
        assertThatThrownBy(() -> Cursor.decode(null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Cursor.decode("A".repeat(2000))).isInstanceOf(DomainException.class);
    }

    @Test
    void a_page_request_is_bounded_and_a_page_maps_its_items() {
        assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.code()).isEqualTo("limit_out_of_range"));
        assertThatThrownBy(() -> PageRequest.first(PageRequest.MAX_LIMIT + 1)).isInstanceOf(DomainException.class);
        assertThat(PageRequest.first().limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
        Page<Integer> page = new Page<>(java.util.List.of(1, 2), Optional.of(new Cursor("", 2)));
        assertThat(page.map(i -> i * 10).items()).containsExactly(10, 20);
        assertThat(page.map(i -> i).next()).isEqualTo(page.next());
    }
}
