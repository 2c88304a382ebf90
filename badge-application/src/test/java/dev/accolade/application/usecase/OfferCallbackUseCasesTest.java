package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.offer.OfferReference;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliveryStatus;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferStatus;
import dev.accolade.domain.template.Template;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox half of offer callbacks: answering an offer that has a callback URL writes exactly one
 * delivery, in the same unit of work as the answer, so that both commit or neither does.
 */
public abstract class OfferCallbackUseCasesTest extends UseCaseTest {

    private static final String CALLBACK = "https://receiver.example/offers/answered";

    private Issuer demo;
    private Template chef;
    private Member ann;

    @BeforeEach
    void anOfferingTemplateAndAMember() {
        demo = issuer("demo");
        chef = published(demo, input("Chef", true, true));
        ann = member("ann@example.org");
    }

    private Offer offer(String callbackUrl) {
        return ((AwardOutcome.Offered) accolade.awards().award(AwardCommand.of(as(demo), chef.id(),
                Identity.member(ann.id())).callingBack(callbackUrl))).offer();
    }

    private List<Delivery> deliveries(Offer offer) {
        return store.transactions().readOnly(() -> store.deliveries().findByOffer(offer.id()));
    }

    @Test
    void accepting_an_offer_with_a_callback_writes_one_pending_delivery_of_the_decision() {
        Offer offer = offer(CALLBACK);

        accolade.offers().acceptOffer(new OfferReference(as(ann), offer.id()));

        Offer answered = storedOffer(offer);
        assertThat(deliveries(offer)).singleElement().satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(delivery.attempts()).isZero();
            assertThat(delivery.target().value()).isEqualTo(CALLBACK);
            assertThat(delivery.nextAttemptAt()).isEqualTo(delivery.createdAt());
            assertThat(delivery.body()).isEqualTo("{\"offer_id\":" + offer.id().value()
                    + ",\"decision\":\"accepted\",\"time\":\"" + answered.answeredAt().orElseThrow()
                    + "\",\"callback_token\":\"" + offer.callback().orElseThrow().token() + "\"}");
        });
    }

    @Test
    void rejecting_an_offer_with_a_callback_writes_one_delivery_of_the_rejection() {
        Offer offer = offer(CALLBACK);

        accolade.offers().rejectOffer(new OfferReference(as(ann), offer.id()));

        assertThat(deliveries(offer)).singleElement()
                .satisfies(delivery -> assertThat(delivery.body()).contains("\"decision\":\"rejected\""));
    }

    @Test
    void an_offer_without_a_callback_or_one_cancelled_by_its_issuer_writes_no_delivery() {
        Offer plain = offer(null);
        Offer cancelled = offer(CALLBACK);

        accolade.offers().acceptOffer(new OfferReference(as(ann), plain.id()));
        accolade.offers().cancelOffer(new OfferReference(as(demo), cancelled.id()));

        assertThat(deliveries(plain)).isEmpty();
        assertThat(deliveries(cancelled)).isEmpty();
    }

    @Test
    void a_failure_after_the_answer_in_the_same_unit_of_work_rolls_back_the_answer_and_its_delivery() {
        Offer offer = offer(CALLBACK);

        assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
            accolade.offers().acceptOffer(new OfferReference(as(ann), offer.id()));
            assertThat(store.deliveries().findByOffer(offer.id())).hasSize(1);
            throw new IllegalStateException("a failure after the write");
        })).isInstanceOf(IllegalStateException.class).hasMessage("a failure after the write");

        assertThat(storedOffer(offer).status()).isEqualTo(OfferStatus.PENDING);
        assertThat(deliveries(offer)).isEmpty();
    }
}
