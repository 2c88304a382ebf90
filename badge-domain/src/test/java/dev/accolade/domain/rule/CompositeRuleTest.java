package dev.accolade.domain.rule;

import static dev.accolade.domain.testdata.DomainAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.template.TemplateId;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A composite rule: holding all, or k of n, of other templates. */
class CompositeRuleTest {

    private static final List<TemplateId> THREE = List.of(new TemplateId(12), new TemplateId(13), new TemplateId(14));

    @Test
    void all_of_needs_every_template() {
        CompositeRule all = CompositeRule.allOf(THREE);

        assertThat(all.kind()).isEqualTo("all_of");
        assertThat(all.target()).isEqualTo(3);
        assertThat(all.metBy(2)).isFalse();
        assertThat(all.metBy(3)).isTrue();
        assertThat(all.describe()).isEqualTo("all_of 3 of 12,13,14");
    }

    @Test
    void any_of_needs_at_least_k() {
        CompositeRule two = CompositeRule.anyOf(THREE, 2);

        assertThat(two.kind()).isEqualTo("any_of");
        assertThat(two.metBy(1)).isFalse();
        assertThat(two.metBy(2)).isTrue();
    }

    @Test
    void a_bad_list_or_count_is_refused_with_its_own_code() {
        assertRefused(() -> CompositeRule.allOf(List.of()), ErrorCategory.INVALID, "rule_templates_invalid");
        assertRefused(() -> CompositeRule.allOf(List.of(new TemplateId(1), new TemplateId(1))),
                ErrorCategory.INVALID, "rule_templates_invalid");
        assertRefused(() -> CompositeRule.allOf(LongStream.rangeClosed(1, 21).mapToObj(TemplateId::new).toList()),
                ErrorCategory.INVALID, "rule_templates_invalid");
        assertRefused(() -> CompositeRule.anyOf(THREE, 0), ErrorCategory.INVALID, "rule_at_least_invalid");
        assertRefused(() -> CompositeRule.anyOf(THREE, 4), ErrorCategory.INVALID, "rule_at_least_invalid");
        assertRefused(() -> new CompositeRule(CompositeRule.Mode.ALL_OF, THREE, 2), ErrorCategory.INVALID,
                "rule_at_least_invalid");
    }

    @Test
    void a_long_list_is_described_by_its_size() {
        CompositeRule many = CompositeRule.anyOf(LongStream.rangeClosed(1_000_000_000L, 1_000_000_019L)
                .mapToObj(TemplateId::new).toList(), 1);

        assertThat(many.describe()).isEqualTo("any_of 1 of 20 templates");
    }
}
