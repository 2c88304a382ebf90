package dev.accolade.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.event.AwardRevoked;
import dev.accolade.domain.event.OfferAnswered;
import dev.accolade.domain.event.OfferCreated;
import dev.accolade.domain.event.RequestAnswered;
import dev.accolade.domain.event.TemplateDeleted;
import dev.accolade.domain.event.TemplatePublished;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookEventTest {

    private final Template template = TestData.published(TestData.issuer().id());
    private final MemberId ann = TestData.member().id();

    @ParameterizedTest
    @EnumSource(WebhookEvent.class)
    void every_event_is_found_by_its_wire_name(WebhookEvent event) {
        assertThat(WebhookEvent.named(event.wireName())).isEqualTo(event);
    }

    @Test
    void the_count_is_the_number_of_events() {
        assertThat(WebhookEvent.values()).hasSize(WebhookEvent.COUNT);
        assertThat(Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wireName))
                .containsExactly("award.granted", "award.revoked", "offer.accepted", "offer.rejected",
                        "request.answered", "template.published", "progress.updated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AWARD.GRANTED", "award_granted", "award.granted ", "offer.created", "*"})
    void any_other_name_is_events_unknown(String name) {
        assertThatThrownBy(() -> WebhookEvent.named(name)).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.code()).isEqualTo("events_unknown"));
    }

    @Test
    void domain_events_map_to_the_webhook_events_they_are_reported_as() {
        Offer offer = TestData.offer(template, Identity.member(ann), Optional.of(ann), TestData.T0);
        var award = TestData.award(template, Identity.member(ann));

        assertThat(WebhookEvent.of(new AwardGranted(award, TestData.T0))).contains(WebhookEvent.AWARD_GRANTED);
        assertThat(WebhookEvent.of(new AwardRevoked(award, TestData.T0))).contains(WebhookEvent.AWARD_REVOKED);
        assertThat(WebhookEvent.of(new OfferAnswered(offer.accept(ann, TestData.T0), TestData.T0)))
                .contains(WebhookEvent.OFFER_ACCEPTED);
        assertThat(WebhookEvent.of(new OfferAnswered(offer.reject(ann, TestData.T0), TestData.T0)))
                .contains(WebhookEvent.OFFER_REJECTED);
        assertThat(WebhookEvent.of(new RequestAnswered(
                TestData.request(template, ann, TestData.T0).accept(TestData.T0), TestData.T0)))
                .contains(WebhookEvent.REQUEST_ANSWERED);
        assertThat(WebhookEvent.of(new TemplatePublished(template, TestData.T0)))
                .contains(WebhookEvent.TEMPLATE_PUBLISHED);
    }

    @Test
    void new_and_cancelled_offers_and_deleted_templates_are_not_reported() {
        Offer offer = TestData.offer(template, Identity.member(ann), Optional.of(ann), TestData.T0);

        assertThat(WebhookEvent.of(new OfferCreated(offer, TestData.T0))).isEmpty();
        assertThat(WebhookEvent.of(new OfferAnswered(offer.cancel(TestData.T0), TestData.T0))).isEmpty();
        assertThat(WebhookEvent.of(new TemplateDeleted(template.id(), template.issuer(), TestData.T0))).isEmpty();
    }
}
