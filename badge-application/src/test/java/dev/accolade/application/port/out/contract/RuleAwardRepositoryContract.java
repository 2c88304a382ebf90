package dev.accolade.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store promises about rule awards: one per template and subject, ever, with when it qualified. */
public abstract class RuleAwardRepositoryContract extends StoreContract {

    private static final Identity STEVE = Identity.parse("handle:forum/steve");
    private static final Identity ALEX = Identity.parse("email:alex@example.org");
    private static final Instant QUALIFIED = Instant.parse("2026-03-01T09:30:00.123456Z");
    private static final Instant RECORDED = Instant.parse("2026-03-02T10:00:00Z");

    private Template template;

    @BeforeEach
    void storeTemplate() {
        Issuer issuer = savedIssuer();
        template = saved(TestData.published(issuer.id(), TestData.details().build()));
    }

    private boolean insert(Template of, Identity subject, Instant qualifiedAt) {
        return inTransaction(() -> store.ruleAwards().insertIfNew(of.id(), subject, qualifiedAt, RECORDED));
    }

    @Test
    void a_rule_awards_a_subject_once_and_keeps_when_it_qualified() {
        assertThat(read(() -> store.ruleAwards().qualifiedAt(template.id(), STEVE))).isEmpty();

        assertThat(insert(template, STEVE, QUALIFIED)).isTrue();
        assertThat(insert(template, STEVE, RECORDED)).isFalse();

        assertThat(read(() -> store.ruleAwards().qualifiedAt(template.id(), STEVE))).contains(QUALIFIED);
    }

    @Test
    void templates_and_subjects_are_kept_apart() {
        Template other = saved(TestData.published(savedIssuer().id(), TestData.details().build()));
        insert(template, STEVE, QUALIFIED);

        assertThat(insert(template, ALEX, QUALIFIED)).isTrue();
        assertThat(insert(other, STEVE, QUALIFIED)).isTrue();
    }

    @Test
    void a_rule_award_in_a_unit_that_fails_is_not_kept() {
        try {
            write(() -> {
                store.ruleAwards().insertIfNew(template.id(), STEVE, QUALIFIED, RECORDED);
                throw new IllegalStateException("the batch failed");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("the batch failed");
        }

        assertThat(insert(template, STEVE, QUALIFIED)).isTrue();
    }
}
