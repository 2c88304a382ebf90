package dev.accolade.domain.award;

import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What awarding did carries the award or offer it is about. */
class AwardOutcomeTest {

    private final Template template = TestData.published(new IssuerId(1));
    private final Identity recipient = Identity.email("ada@example.org");

    @Test
    void awarded_carries_the_new_award() {
        Award award = TestData.award(template, recipient);

        assertThat(new AwardOutcome.Awarded(award).award()).isSameAs(award);
    }

    @Test
    void offered_carries_the_pending_offer() {
        Offer offer = TestData.offer(template, recipient, Optional.empty(), T0);

        assertThat(new AwardOutcome.Offered(offer).offer()).isSameAs(offer);
    }

    @Test
    void already_awarded_carries_the_award_the_recipient_holds() {
        Award award = TestData.award(template, recipient);

        assertThat(new AwardOutcome.AlreadyAwarded(award).award()).isSameAs(award);
    }

    @Test
    void every_outcome_needs_what_it_is_about() {
        assertThatNullPointerException().isThrownBy(() -> new AwardOutcome.Awarded(null));
        assertThatNullPointerException().isThrownBy(() -> new AwardOutcome.Offered(null));
        assertThatNullPointerException().isThrownBy(() -> new AwardOutcome.AlreadyAwarded(null));
    }
}
