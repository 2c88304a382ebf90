package dev.accolade.domain.award;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.accolade.domain.logline.LogLine;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.request.AwardRequestId;
import org.junit.jupiter.api.Test;

/** Each way an award comes about has its kind, as stores and adapters name it. */
class AwardSourceTest {

    @Test
    void a_direct_award_is_of_kind_direct() {
        assertThat(new AwardSource.Direct().kind()).isEqualTo(AwardSource.Kind.DIRECT);
    }

    @Test
    void an_accepted_offer_is_of_kind_offer() {
        assertThat(new AwardSource.FromOffer(new OfferId(1)).kind()).isEqualTo(AwardSource.Kind.OFFER);
    }

    @Test
    void an_accepted_request_is_of_kind_request() {
        assertThat(new AwardSource.FromRequest(new AwardRequestId(1)).kind()).isEqualTo(AwardSource.Kind.REQUEST);
    }

    @Test
    void a_log_line_is_of_kind_log_line() {
        assertThat(new AwardSource.FromLogLine(new LogLine("[Server] Steve has just earned [Taking Inventory]"))
                .kind()).isEqualTo(AwardSource.Kind.LOG_LINE);
    }

    @Test
    void a_rule_is_of_kind_rule() {
        assertThat(new AwardSource.FromRule("ten-logins").kind()).isEqualTo(AwardSource.Kind.RULE);
    }

    @Test
    void the_sources_name_what_they_came_from() {
        assertThatNullPointerException().isThrownBy(() -> new AwardSource.FromOffer(null));
        assertThatNullPointerException().isThrownBy(() -> new AwardSource.FromRequest(null));
        assertThatNullPointerException().isThrownBy(() -> new AwardSource.FromLogLine(null));
    }

    @Test
    void a_rule_name_is_trimmed() {
        assertThat(new AwardSource.FromRule("  ten-logins ").rule()).isEqualTo("ten-logins");
    }

    @Test
    void a_rule_name_is_required() {
        assertInvalid(() -> new AwardSource.FromRule(""), "rule", "rule_required");
    }

    @Test
    void a_rule_name_of_100_characters_is_accepted() {
        assertThat(new AwardSource.FromRule("r".repeat(100)).rule()).hasSize(100);
    }

    @Test
    void a_rule_name_of_101_characters_is_refused() {
        assertInvalid(() -> new AwardSource.FromRule("r".repeat(101)), "rule", "rule_too_long");
    }
}
