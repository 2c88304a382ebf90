package dev.accolade.domain.event;

import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.accolade.domain.award.Award;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every domain event names the issuer whose templates it concerns and when it happened. */
class DomainEventTest {

    private static final IssuerId ISSUER = new IssuerId(61);
    private static final Instant T1 = T0.plusSeconds(60);

    private final Template template = TestData.published(ISSUER);
    private final Identity recipient = Identity.email("ada@example.org");

    @Test
    void award_granted_carries_the_issuer_of_the_award() {
        DomainEvent event = new AwardGranted(TestData.award(template, recipient), T1);

        assertThat(event.issuer()).isEqualTo(ISSUER);
        assertThat(event.occurredAt()).isEqualTo(T1);
    }

    @Test
    void award_revoked_carries_the_issuer_of_the_award() {
        Award revoked = TestData.award(template, recipient).revoke("Cheated", T1);

        assertThat(new AwardRevoked(revoked, T1).issuer()).isEqualTo(ISSUER);
    }

    @Test
    void offer_created_carries_the_issuer_of_the_offer() {
        Offer offer = TestData.offer(template, recipient, Optional.empty(), T0);

        assertThat(new OfferCreated(offer, T0).issuer()).isEqualTo(ISSUER);
    }

    @Test
    void offer_answered_carries_the_issuer_of_the_offer() {
        Offer cancelled = TestData.offer(template, recipient, Optional.empty(), T0).cancel(T1);

        assertThat(new OfferAnswered(cancelled, T1).issuer()).isEqualTo(ISSUER);
    }

    @Test
    void request_answered_carries_the_issuer_of_the_template() {
        AwardRequest accepted = TestData.request(template, new MemberId(5), T0).accept(T1);

        assertThat(new RequestAnswered(accepted, T1).issuer()).isEqualTo(ISSUER);
    }

    @Test
    void template_published_carries_the_issuer_of_the_template() {
        assertThat(new TemplatePublished(template, T0).issuer()).isEqualTo(ISSUER);
    }

    @Test
    void template_deleted_carries_the_issuer_it_was_given() {
        DomainEvent event = new TemplateDeleted(template.id(), ISSUER, T1);

        assertThat(event.issuer()).isEqualTo(ISSUER);
        assertThat(event.occurredAt()).isEqualTo(T1);
    }

    @Test
    void an_event_needs_its_subject_and_time() {
        assertThatNullPointerException().isThrownBy(() -> new AwardGranted(null, T1));
        assertThatNullPointerException().isThrownBy(() -> new TemplatePublished(template, null));
        assertThatNullPointerException().isThrownBy(() -> new TemplateDeleted(template.id(), null, T1));
    }
}
