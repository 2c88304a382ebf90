package dev.accolade.domain.rule;

import static dev.accolade.domain.testdata.DomainAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.template.TemplateDetails;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A threshold rule: a positive target on one metric, crossed once by a sum that only grows; progress towards it. */
class ThresholdRuleTest {

    private static final ThresholdRule TWENTY_FIVE_COMMENTS = new ThresholdRule(new Metric("comments"), 25);

    private static void assertInvalid(ThrowingCallable call, String code) {
        assertRefused(call, ErrorCategory.INVALID, code);
    }

    @Test
    void a_threshold_of_zero_or_less_is_rule_threshold_invalid() {
        assertInvalid(() -> new ThresholdRule(new Metric("comments"), 0), "rule_threshold_invalid");
        assertInvalid(() -> new ThresholdRule(new Metric("comments"), -1), "rule_threshold_invalid");
    }

    @Test
    void a_sum_crosses_the_threshold_only_on_the_change_that_reaches_it() {
        assertThat(TWENTY_FIVE_COMMENTS.crossedBy(23, 24)).isFalse();
        assertThat(TWENTY_FIVE_COMMENTS.crossedBy(24, 25)).isTrue();
        assertThat(TWENTY_FIVE_COMMENTS.crossedBy(20, 40)).isTrue();
        assertThat(TWENTY_FIVE_COMMENTS.crossedBy(25, 26)).isFalse();
    }

    @Test
    void the_rule_describes_itself_for_the_awards_it_makes() {
        assertThat(TWENTY_FIVE_COMMENTS.describe()).isEqualTo("threshold comments >= 25");
        assertThat(TWENTY_FIVE_COMMENTS.target()).isEqualTo(25);
    }

    @Test
    void progress_is_a_whole_percentage_capped_at_a_hundred() {
        assertThat(new Progress(0, 25, false).percent()).isZero();
        assertThat(new Progress(3, 25, false).percent()).isEqualTo(12);
        assertThat(new Progress(25, 25, true).percent()).isEqualTo(100);
        assertThat(new Progress(80, 25, true).percent()).isEqualTo(100);
    }

    @Test
    void a_rule_is_part_of_a_templates_content_and_survives_its_builder() {
        TemplateDetails details = TemplateDetails.titled("Chatty").rule(TWENTY_FIVE_COMMENTS).build();

        assertThat(details.rule()).contains(TWENTY_FIVE_COMMENTS);
        assertThat(details.toBuilder().title("Chattier").build().rule()).contains(TWENTY_FIVE_COMMENTS);
        assertThat(TemplateDetails.titled("Plain").build().rule()).isEmpty();
    }
}
