package dev.accolade.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonObjectTextTest {

    @Test
    void members_come_in_order_with_each_kind_of_value() {
        String text = new JsonObjectText().put("text", "a").put("long", 12L).put("int", 3).put("yes", true)
                .put("at", Instant.parse("2026-01-01T00:00:00.000001Z")).put("none", null)
                .put("empty", Optional.empty()).put("some", Optional.of(7L))
                .put("inner", new JsonObjectText().put("k", "v")).text();

        assertThat(text).isEqualTo("{\"text\":\"a\",\"long\":12,\"int\":3,\"yes\":true,"
                + "\"at\":\"2026-01-01T00:00:00.000001Z\",\"none\":null,\"empty\":null,\"some\":7,"
                + "\"inner\":{\"k\":\"v\"}}");
        assertThat(new JsonObjectText().text()).isEqualTo("{}");
    }

    @Test
    void text_is_escaped_so_that_it_cannot_end_the_string_or_break_a_line() {
        String text = new JsonObjectText().put("q\"k", "quote \" backslash \\ newline \n nul \u0000 tab \t "
                + "line separator \u2028 emoji \uD83C\uDFC6 accent \u00e9").text();

        assertThat(text).isEqualTo("{\"q\\\"k\":\"quote \\\" backslash \\\\ newline \\u000a nul \\u0000 "
                + "tab \\u0009 line separator \\u2028 emoji \uD83C\uDFC6 accent \u00e9\"}");
    }

    @Test
    void a_value_with_no_json_form_is_refused() {
        assertThatThrownBy(() -> new JsonObjectText().put("x", 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
