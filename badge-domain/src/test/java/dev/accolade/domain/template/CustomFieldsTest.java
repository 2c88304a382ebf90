package dev.accolade.domain.template;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Custom fields: names, reserved names, count, depth, size and text limits, order and exact numbers. */
class CustomFieldsTest {

    private static CustomFields one(String name, FieldValue value) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        values.put(name, value);
        return new CustomFields(values);
    }

    private static Map<String, FieldValue> fields(int count) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        IntStream.range(0, count).forEach(i -> values.put("field" + i, FieldValue.bool(true)));
        return values;
    }

    /** A value nested in lists so that its innermost element sits at the given level. */
    private static FieldValue nestedTo(int level) {
        FieldValue value = FieldValue.text("deep");
        for (int i = 1; i < level; i++) {
            value = new FieldValue.ListValue(List.of(value));
        }
        return value;
    }

    @ParameterizedTest
    @ValueSource(strings = {"link", "Type", "a", "level_2", "x_"})
    void names_of_a_letter_then_letters_digits_or_underscores_are_accepted(String name) {
        assertThat(one(name, FieldValue.NULL).values()).containsKey(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2nd", "_link", "link-url", "link url", "link.url", "lïnk"})
    void other_names_are_refused(String name) {
        assertInvalid(() -> one(name, FieldValue.NULL), "custom_fields", "custom_fields_invalid");
    }

    @Test
    void a_name_of_64_characters_is_accepted() {
        assertThat(one("n".repeat(64), FieldValue.NULL).values()).hasSize(1);
    }

    @Test
    void a_name_of_65_characters_is_refused() {
        assertInvalid(() -> one("n".repeat(65), FieldValue.NULL), "custom_fields", "custom_fields_invalid");
    }

    @Test
    void an_empty_name_is_refused() {
        assertInvalid(() -> one(null, FieldValue.NULL), "custom_fields", "custom_fields_invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "ID", "Count", "count", "globalLatest", "GLOBALCOUNT", "Title", "name", "status",
            "version", "issuer", "created", "updated", "latest", "date", "description"})
    void reserved_names_are_refused_whatever_their_case(String name) {
        assertInvalid(() -> one(name, FieldValue.text("x")), "custom_fields", "custom_fields_reserved");
    }

    @Test
    void thirty_two_fields_are_accepted() {
        assertThat(new CustomFields(fields(CustomFields.MAX_FIELDS)).values()).hasSize(32);
    }

    @Test
    void thirty_three_fields_are_refused() {
        assertInvalid(() -> new CustomFields(fields(33)), "custom_fields", "custom_fields_too_many");
    }

    @Test
    void values_five_levels_deep_are_accepted() {
        assertThat(one("deep", nestedTo(CustomFields.MAX_DEPTH)).get("deep")).isEqualTo(nestedTo(5));
    }

    @Test
    void values_six_levels_deep_are_refused() {
        assertInvalid(() -> one("deep", nestedTo(6)), "custom_fields", "custom_fields_too_deep");
    }

    @Test
    void objects_count_as_levels_too() {
        FieldValue value = FieldValue.text("deep");
        for (int i = 1; i < 6; i++) {
            value = new FieldValue.ObjectValue(Map.of("inner", value));
        }
        FieldValue sixLevels = value;

        assertInvalid(() -> one("deep", sixLevels), "custom_fields", "custom_fields_too_deep");
    }

    @Test
    void five_hundred_values_in_all_are_accepted() {
        FieldValue list = new FieldValue.ListValue(Collections.nCopies(CustomFields.MAX_VALUES - 1, FieldValue.NULL));

        assertThat(one("many", list).values()).hasSize(1);
    }

    @Test
    void five_hundred_and_one_values_in_all_are_refused() {
        FieldValue list = new FieldValue.ListValue(Collections.nCopies(CustomFields.MAX_VALUES, FieldValue.NULL));

        assertInvalid(() -> one("many", list), "custom_fields", "custom_fields_too_large");
    }

    @Test
    void values_are_counted_across_all_fields() {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        values.put("first", new FieldValue.ListValue(Collections.nCopies(249, FieldValue.NULL)));
        values.put("second", new FieldValue.ListValue(Collections.nCopies(250, FieldValue.NULL)));

        assertInvalid(() -> new CustomFields(values), "custom_fields", "custom_fields_too_large");
    }

    @Test
    void a_text_of_2000_characters_is_accepted() {
        assertThat(one("note", FieldValue.text("t".repeat(CustomFields.MAX_TEXT_LENGTH))).values()).hasSize(1);
    }

    @Test
    void a_text_of_2001_characters_is_refused() {
        assertInvalid(() -> one("note", FieldValue.text("t".repeat(2001))), "custom_fields",
                "custom_fields_too_long");
    }

    @Test
    void a_long_text_nested_in_an_object_is_refused() {
        FieldValue object = new FieldValue.ObjectValue(Map.of("note", FieldValue.text("t".repeat(2001))));

        assertInvalid(() -> one("meta", object), "custom_fields", "custom_fields_too_long");
    }

    @Test
    void the_fields_keep_the_order_they_were_given_in() {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        values.put("zeta", FieldValue.NULL);
        values.put("alpha", FieldValue.NULL);
        values.put("mid", FieldValue.NULL);

        assertThat(new CustomFields(values).values().keySet()).containsExactly("zeta", "alpha", "mid");
    }

    @Test
    void the_fields_do_not_follow_later_changes_to_the_given_map() {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        values.put("link", FieldValue.text("a"));
        CustomFields fields = new CustomFields(values);

        values.put("other", FieldValue.text("b"));

        assertThat(fields.values()).containsOnlyKeys("link");
    }

    @Test
    void the_fields_cannot_be_changed() {
        assertThat(one("link", FieldValue.NULL).values()).isUnmodifiable();
    }

    @Test
    void a_number_keeps_its_scale() {
        FieldValue price = one("price", FieldValue.number(new BigDecimal("1.50"))).get("price");

        assertThat(((FieldValue.NumberValue) price).value()).isEqualByComparingTo("1.5")
                .hasScaleOf(2).hasToString("1.50");
    }

    @Test
    void a_missing_field_reads_as_null() {
        assertThat(CustomFields.NONE.get("link")).isNull();
    }

    @Test
    void none_is_empty() {
        assertThat(CustomFields.NONE.isEmpty()).isTrue();
    }

    @Test
    void a_single_field_is_not_empty() {
        assertThat(one("link", FieldValue.NULL).isEmpty()).isFalse();
    }

    @Test
    void an_object_member_name_inside_a_value_is_neither_empty_nor_longer_than_256_characters() {
        FieldValue empty = new FieldValue.ObjectValue(Map.of("", FieldValue.NULL));
        FieldValue tooLong = new FieldValue.ObjectValue(Map.of("m".repeat(257), FieldValue.NULL));

        assertInvalid(() -> new CustomFields(Map.of("field", empty)), "custom_fields", "custom_fields_invalid");
        assertInvalid(() -> new CustomFields(Map.of("field", tooLong)), "custom_fields", "custom_fields_invalid");
        assertThat(new CustomFields(Map.of("field", new FieldValue.ObjectValue(Map.of("a b", FieldValue.NULL))))
                .get("field")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000inside", "bell\u0007", "lone \uD83C half", "\uDFC6 low half"})
    void texts_with_control_characters_or_broken_unicode_are_refused(String text) {
        assertInvalid(() -> one("note", FieldValue.text(text)), "custom_fields", "custom_fields_invalid");
    }

    @Test
    void texts_keep_line_breaks_tabs_and_whole_surrogate_pairs() {
        String text = "line one\r\nline\ttwo \uD83C\uDFC6";

        assertThat(one("note", FieldValue.text(text)).get("note")).isEqualTo(FieldValue.text(text));
    }

    @Test
    void object_member_names_with_control_characters_are_refused() {
        assertInvalid(() -> one("note", new FieldValue.ObjectValue(Map.of("a\nb", FieldValue.NULL))),
                "custom_fields", "custom_fields_invalid");
    }
}
