package dev.accolade.domain.award;

import static dev.accolade.domain.testdata.DomainAssertions.assertRefused;
import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.testdata.TestData;
import org.junit.jupiter.api.Test;

/** The terms of an award come from the template's live version, never from one waiting for review. */
class AwardTermsTest {

    private static final IssuerId ISSUER = new IssuerId(1);

    @Test
    void the_terms_of_a_published_template_name_it_its_version_and_issuer() {
        Template template = TestData.published(ISSUER);

        assertThat(AwardTerms.of(template)).isEqualTo(new AwardTerms(template.id(), 1, ISSUER, false));
    }

    @Test
    void the_terms_say_whether_the_template_is_repeatable() {
        Template template = TestData.published(ISSUER, TestData.details().repeatable(true).build());

        assertThat(AwardTerms.of(template).repeatable()).isTrue();
    }

    @Test
    void a_template_never_published_has_no_terms() {
        Template draft = TestData.draft(ISSUER);

        assertRefused(() -> AwardTerms.of(draft), ErrorCategory.RULE_VIOLATION, "template_not_published");
    }

    @Test
    void the_terms_take_the_live_version_not_the_one_pending_review() {
        Template template = TestData.published(ISSUER)
                .edit(TestData.details().repeatable(true).build(), T0.plusSeconds(60));

        AwardTerms terms = AwardTerms.of(template);

        assertThat(terms.templateVersion()).isEqualTo(1);
        assertThat(terms.repeatable()).isFalse();
    }

    @Test
    void once_the_new_version_is_approved_the_terms_take_it() {
        Template template = TestData.published(ISSUER)
                .edit(TestData.details().repeatable(true).build(), T0.plusSeconds(60)).approve(T0.plusSeconds(120));

        AwardTerms terms = AwardTerms.of(template);

        assertThat(terms.templateVersion()).isEqualTo(2);
        assertThat(terms.repeatable()).isTrue();
    }

    @Test
    void the_exclusivity_key_joins_the_template_and_the_recipient_key() {
        AwardTerms terms = new AwardTerms(new TemplateId(12), 1, ISSUER, false);

        assertThat(terms.exclusivityKey(Identity.member(new MemberId(5)))).isEqualTo("12/member:5");
    }

    @Test
    void versions_start_at_one() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AwardTerms(new TemplateId(12), 0, ISSUER, false));
    }
}
