package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.callback;
import static dev.accolade.application.port.out.contract.ContractData.evidence;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.award.RecipientName;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.offer.OfferStatus;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about offers, listing aside: exact round trips, one pending offer per
 * recipient of a non-repeatable template, the pending and undelivered lookups, and deletion by template.
 */
public abstract class OfferRepositoryContract extends StoreContract {

    private Issuer issuer;
    private Template single;
    private Template repeatable;
    private Member ada;

    @BeforeEach
    void storeIssuerTemplatesAndMember() {
        issuer = savedIssuer();
        single = savedTemplate(issuer.id());
        repeatable = savedRepeatableTemplate(issuer.id());
        ada = savedMember();
    }

    private static Offer offer(Template template, Identity recipient) {
        return TestData.offer(template, recipient, Optional.empty(), at(1));
    }

    private static Offer heldOffer(Template template, Identity recipient, MemberId holder) {
        return TestData.offer(template, recipient, Optional.of(holder), at(1));
    }

    private Optional<Offer> found(OfferId id) {
        return read(() -> store.offers().findById(id));
    }

    private static void assertViolation(Runnable write, String code) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(UniqueConstraintViolation.class,
                violation -> assertThat(violation.code()).isEqualTo(code));
    }

    @Test
    void a_pending_offer_with_no_optional_part_comes_back_equal() {
        Offer offer = saved(Offer.make(new OfferId(TestData.nextId()), new Grant(AwardTerms.of(single),
                Identity.email("someone@example.org"), Optional.empty(), Optional.empty(), Evidence.NONE,
                Optional.empty()), Optional.empty(), plusMicros(at(1), 1)));

        assertThat(found(offer.id())).contains(offer);
    }

    @Test
    void an_offer_with_every_optional_part_comes_back_equal() {
        Instant made = plusMicros(at(1), 123_456);
        Offer offer = saved(Offer.make(new OfferId(TestData.nextId()), new Grant(AwardTerms.of(repeatable),
                Identity.member(ada.id()), Optional.of(ContractData.recipientName()), Optional.of(ada.id()),
                evidence(), Optional.of(plusMicros(at(86_400), 654_321))), Optional.of(callback()), made));

        assertThat(found(offer.id())).contains(offer);
        assertThat(offer.recipientName()).isPresent();
    }

    @Test
    void an_offer_without_a_recipient_name_comes_back_without_one() {
        Offer offer = saved(offer(repeatable, Identity.email("someone@example.org")));

        assertThat(found(offer.id())).hasValueSatisfying(read -> assertThat(read.recipientName()).isEmpty());
    }

    @Test
    void recipient_names_come_back_exactly_after_an_insert_and_an_update() {
        for (RecipientName name : ContractData.recipientNames()) {
            Offer offer = saved(Offer.make(new OfferId(TestData.nextId()), new Grant(AwardTerms.of(repeatable),
                    Identity.email("someone@example.org"), Optional.of(name), Optional.empty(), Evidence.NONE,
                    Optional.empty()), Optional.empty(), at(1)));
            assertThat(found(offer.id())).as("inserted %s", name).contains(offer);

            Offer cancelled = offer.cancel(at(2));
            write(() -> store.offers().update(cancelled));
            assertThat(found(offer.id())).as("updated %s", name).contains(cancelled);
        }
    }

    @Test
    void an_offer_to_every_kind_of_identity_comes_back_equal() {
        for (Identity recipient : List.of(Identity.member(ada.id()), Identity.email("Mixed.Case@Example.org"),
                Identity.handle("minecraft:survival", "Steve"))) {
            Offer offer = saved(offer(repeatable, recipient));

            assertThat(found(offer.id())).contains(offer);
        }
    }

    @Test
    void answered_offers_come_back_with_their_status_and_answer_time() {
        Offer accepted = saved(heldOffer(repeatable, Identity.member(ada.id()), ada.id())
                .accept(ada.id(), plusMicros(at(2), 2)));
        Offer rejected = saved(heldOffer(repeatable, Identity.member(ada.id()), ada.id())
                .reject(ada.id(), plusMicros(at(3), 3)));
        Offer cancelled = saved(offer(repeatable, Identity.email("nobody@example.org")).cancel(plusMicros(at(4), 4)));

        assertThat(found(accepted.id())).contains(accepted);
        assertThat(found(rejected.id())).contains(rejected);
        assertThat(found(cancelled.id())).contains(cancelled);
        assertThat(List.of(accepted.status(), rejected.status(), cancelled.status()))
                .containsExactly(OfferStatus.ACCEPTED, OfferStatus.REJECTED, OfferStatus.CANCELLED);
    }

    @Test
    void an_unknown_id_finds_no_offer() {
        saved(offer(single, Identity.member(ada.id())));

        assertThat(found(new OfferId(TestData.nextId()))).isEmpty();
    }

    @Test
    void an_update_replaces_the_stored_offer() {
        Offer offer = saved(offer(single, Identity.email(ada.email().value())));
        Offer delivered = offer.deliverTo(ada.id());
        Offer accepted = delivered.accept(ada.id(), plusMicros(at(9), 9));

        write(() -> store.offers().update(delivered));
        assertThat(found(offer.id())).contains(delivered);

        write(() -> store.offers().update(accepted));
        assertThat(found(offer.id())).contains(accepted);
    }

    @Test
    void a_second_pending_offer_of_a_non_repeatable_template_to_the_same_recipient_is_refused_and_changes_nothing() {
        Offer first = saved(offer(single, Identity.handle("minecraft:s", "steve")));
        Offer second = offer(single, Identity.handle("minecraft:s", "steve"));

        assertViolation(() -> write(() -> store.offers().insert(second)), "offer_already_pending");

        assertThat(found(second.id())).isEmpty();
        assertThat(found(first.id())).contains(first);
    }

    @Test
    void a_repeatable_template_may_have_several_pending_offers_to_one_recipient() {
        Offer first = saved(offer(repeatable, Identity.member(ada.id())));
        Offer second = saved(offer(repeatable, Identity.member(ada.id())));

        assertThat(found(first.id())).contains(first);
        assertThat(found(second.id())).contains(second);
    }

    @Test
    void other_recipients_and_other_templates_do_not_collide() {
        saved(offer(single, Identity.handle("minecraft:s", "steve")));
        Template otherSingle = savedTemplate(issuer.id());

        Offer toAlex = saved(offer(single, Identity.handle("minecraft:s", "alex")));
        Offer otherServer = saved(offer(single, Identity.handle("minecraft:t", "steve")));
        Offer otherTemplate = saved(offer(otherSingle, Identity.handle("minecraft:s", "steve")));

        assertThat(List.of(toAlex, otherServer, otherTemplate)).allSatisfy(offer ->
                assertThat(found(offer.id())).contains(offer));
    }

    @Test
    void a_cancelled_offer_frees_the_recipient_for_a_new_pending_one() {
        Offer first = saved(offer(single, Identity.email("x@example.org")));
        write(() -> store.offers().update(first.cancel(at(2))));

        Offer next = saved(offer(single, Identity.email("x@example.org")));

        assertThat(found(next.id())).contains(next);
    }

    @Test
    void an_accepted_or_rejected_offer_frees_the_recipient_for_a_new_pending_one() {
        Offer accepted = saved(heldOffer(single, Identity.member(ada.id()), ada.id()));
        write(() -> store.offers().update(accepted.accept(ada.id(), at(2))));
        Offer rejected = saved(heldOffer(single, Identity.member(ada.id()), ada.id()));
        write(() -> store.offers().update(rejected.reject(ada.id(), at(3))));

        Offer next = saved(heldOffer(single, Identity.member(ada.id()), ada.id()));

        assertThat(found(next.id())).contains(next);
    }

    @Test
    void the_pending_offer_is_found_by_its_recipient_identity() {
        Offer pending = saved(offer(single, Identity.email("x@example.org")));

        assertThat(read(() -> store.offers().findPending(single.id(), Identity.email("X@example.org"),
                Optional.empty()))).contains(pending);
    }

    @Test
    void the_pending_offer_is_found_by_the_member_it_reached_under_another_identity() {
        Offer pending = saved(heldOffer(single, Identity.email(ada.email().value()), ada.id()));

        assertThat(read(() -> store.offers().findPending(single.id(), Identity.member(ada.id()),
                Optional.of(ada.id())))).contains(pending);
        assertThat(read(() -> store.offers().findPending(single.id(), Identity.member(ada.id()),
                Optional.empty()))).isEmpty();
    }

    @Test
    void answered_offers_and_other_templates_or_recipients_are_not_pending() {
        Member bob = savedMember();
        saved(heldOffer(repeatable, Identity.member(ada.id()), ada.id()).accept(ada.id(), at(2)));
        saved(offer(repeatable, Identity.email("x@example.org")).cancel(at(2)));
        saved(heldOffer(single, Identity.member(bob.id()), bob.id()));
        saved(offer(repeatable, Identity.member(bob.id())));

        assertThat(read(() -> store.offers().findPending(repeatable.id(), Identity.member(ada.id()),
                Optional.of(ada.id())))).isEmpty();
        assertThat(read(() -> store.offers().findPending(repeatable.id(), Identity.email("x@example.org"),
                Optional.empty()))).isEmpty();
        assertThat(read(() -> store.offers().findPending(single.id(), Identity.member(ada.id()),
                Optional.of(ada.id())))).isEmpty();
    }

    @Test
    void undelivered_offers_are_those_to_the_given_identities_that_reached_no_member_yet() {
        Member bob = savedMember();
        Offer toEmail = saved(offer(single, Identity.email("x@example.org")));
        Offer toHandle = saved(offer(repeatable, Identity.handle("minecraft:s", "steve")));
        Offer toHandleAgain = saved(offer(repeatable, Identity.handle("minecraft:s", "steve")));
        saved(heldOffer(repeatable, Identity.email("x@example.org"), bob.id()));
        saved(offer(repeatable, Identity.email("y@example.org")));

        assertThat(read(() -> store.offers().findUndelivered(List.of(Identity.email("x@example.org"),
                Identity.handle("minecraft:s", "steve"), Identity.member(ada.id())))))
                .containsExactlyInAnyOrder(toEmail, toHandle, toHandleAgain);
    }

    @Test
    void no_identities_have_no_undelivered_offers() {
        saved(offer(single, Identity.email("x@example.org")));

        assertThat(read(() -> store.offers().findUndelivered(List.of()))).isEmpty();
    }

    @Test
    void deleting_a_templates_offers_leaves_the_other_templates_offers() {
        Offer gone = saved(offer(single, Identity.email("x@example.org")));
        Offer goneAnswered = saved(offer(single, Identity.email("y@example.org")).cancel(at(2)));
        Offer kept = saved(offer(repeatable, Identity.email("x@example.org")));

        write(() -> store.offers().deleteByTemplate(single.id()));

        assertThat(found(gone.id())).isEmpty();
        assertThat(found(goneAnswered.id())).isEmpty();
        assertThat(found(kept.id())).contains(kept);
        assertThat(read(() -> store.offers().findPending(single.id(), Identity.email("x@example.org"),
                Optional.empty()))).isEmpty();
    }
}
