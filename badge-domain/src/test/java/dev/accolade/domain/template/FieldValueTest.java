package dev.accolade.domain.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Custom field values model JSON exactly: object key order and number scale survive. */
class FieldValueTest {

    @Test
    void numbers_with_different_scales_are_different_values() {
        assertThat(FieldValue.number(new BigDecimal("1.50"))).isNotEqualTo(FieldValue.number(new BigDecimal("1.5")));
    }

    @Test
    void an_object_keeps_the_order_of_its_members() {
        Map<String, FieldValue> members = new LinkedHashMap<>();
        members.put("z", FieldValue.bool(true));
        members.put("a", FieldValue.NULL);

        assertThat(new FieldValue.ObjectValue(members).members().keySet()).containsExactly("z", "a");
    }

    @Test
    void an_object_does_not_follow_later_changes_to_the_given_map() {
        Map<String, FieldValue> members = new LinkedHashMap<>();
        FieldValue.ObjectValue object = new FieldValue.ObjectValue(members);

        members.put("late", FieldValue.NULL);

        assertThat(object.members()).isEmpty();
    }

    @Test
    void an_object_member_needs_a_name_and_a_value() {
        Map<String, FieldValue> unnamed = new HashMap<>();
        unnamed.put(null, FieldValue.NULL);
        Map<String, FieldValue> empty = new HashMap<>();
        empty.put("a", null);

        assertThatNullPointerException().isThrownBy(() -> new FieldValue.ObjectValue(unnamed));
        assertThatNullPointerException().isThrownBy(() -> new FieldValue.ObjectValue(empty));
    }

    @Test
    void a_list_does_not_follow_later_changes_to_the_given_list() {
        List<FieldValue> elements = new ArrayList<>(List.of(FieldValue.text("a")));
        FieldValue.ListValue list = new FieldValue.ListValue(elements);

        elements.add(FieldValue.text("b"));

        assertThat(list.values()).containsExactly(FieldValue.text("a"));
    }

    @Test
    void a_list_has_no_empty_elements() {
        assertThatNullPointerException().isThrownBy(() -> new FieldValue.ListValue(Arrays.asList(FieldValue.NULL, null)));
    }

    @Test
    void text_and_numbers_are_present() {
        assertThatNullPointerException().isThrownBy(() -> FieldValue.text(null));
        assertThatNullPointerException().isThrownBy(() -> FieldValue.number(null));
    }

    @Test
    void the_factories_make_the_matching_kinds() {
        assertThat(FieldValue.text("a")).isInstanceOf(FieldValue.TextValue.class);
        assertThat(FieldValue.number(BigDecimal.ONE)).isInstanceOf(FieldValue.NumberValue.class);
        assertThat(FieldValue.bool(false)).isEqualTo(new FieldValue.BooleanValue(false));
        assertThat(FieldValue.NULL).isEqualTo(new FieldValue.NullValue());
    }
}
