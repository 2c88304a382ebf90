package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.event.AwardRevoked;
import dev.accolade.domain.event.DomainEvent;
import dev.accolade.domain.event.OfferAnswered;
import dev.accolade.domain.event.OfferCreated;
import dev.accolade.domain.event.RequestAnswered;
import dev.accolade.domain.event.TemplateDeleted;
import dev.accolade.domain.event.TemplatePublished;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.testdata.TestData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about events: those published in a unit of work reach subscribers in
 * publication order once it commits, and never when it rolls back. How subscribers attach and when due
 * events go out are the adapter's own, so a concrete test supplies both.
 */
public abstract class EventPublisherContract extends StoreContract {

    private final List<DomainEvent> delivered = Collections.synchronizedList(new ArrayList<>());
    private IssuerId issuer;

    /** Attaches a subscriber that receives every event the store delivers, in delivery order. */
    protected abstract void subscribe(StorePorts subscribed, Consumer<DomainEvent> subscriber);

    /**
     * Delivers whatever is due, for stores that deliver later than at commit (an outbox relay, say);
     * nothing by default, for stores that deliver as they commit.
     */
    protected void deliverDueEvents(StorePorts delivering) {
    }

    @BeforeEach
    void subscribeACollector() {
        subscribe(store, delivered::add);
        issuer = savedIssuer().id();
    }

    private List<DomainEvent> deliveredSoFar() {
        deliverDueEvents(store);
        synchronized (delivered) {
            return List.copyOf(delivered);
        }
    }

    private DomainEvent event(int second) {
        return new TemplateDeleted(new TemplateId(TestData.nextId()), issuer, plusMicros(at(second), 1));
    }

    @Test
    void events_of_a_committed_transaction_arrive_in_publication_order_after_the_commit() {
        DomainEvent first = event(1);
        DomainEvent second = event(2);
        DomainEvent third = event(3);

        List<DomainEvent> beforeCommit = inTransaction(() -> {
            store.events().publish(first);
            store.events().publish(second);
            store.events().publish(third);
            return List.copyOf(delivered);
        });

        assertThat(beforeCommit).isEmpty();
        assertThat(deliveredSoFar()).containsExactly(first, second, third);
    }

    @Test
    void events_of_a_rolled_back_transaction_never_arrive() {
        DomainEvent lost = event(1);
        DomainEvent kept = event(2);

        assertThatThrownBy(() -> write(() -> {
            store.events().publish(lost);
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(deliveredSoFar()).isEmpty();

        write(() -> store.events().publish(kept));

        assertThat(deliveredSoFar()).containsExactly(kept);
    }

    @Test
    void events_of_successive_transactions_arrive_in_commit_order() {
        DomainEvent first = event(5);
        DomainEvent second = event(1);
        DomainEvent third = event(3);

        write(() -> store.events().publish(first));
        write(() -> {
            store.events().publish(second);
            store.events().publish(third);
        });

        assertThat(deliveredSoFar()).containsExactly(first, second, third);
    }

    @Test
    void events_of_a_nested_transaction_wait_for_the_outer_commit() {
        DomainEvent outer = event(1);
        DomainEvent inner = event(2);
        DomainEvent last = event(3);

        List<DomainEvent> afterInnerReturned = inTransaction(() -> {
            store.events().publish(outer);
            write(() -> store.events().publish(inner));
            List<DomainEvent> seen = List.copyOf(delivered);
            store.events().publish(last);
            return seen;
        });

        assertThat(afterInnerReturned).isEmpty();
        assertThat(deliveredSoFar()).containsExactly(outer, inner, last);
    }

    @Test
    void events_of_a_nested_transaction_are_dropped_when_the_outer_one_rolls_back() {
        assertThatThrownBy(() -> write(() -> {
            write(() -> store.events().publish(event(1)));
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(deliveredSoFar()).isEmpty();
    }

    @Test
    void events_of_a_transaction_refused_by_a_unique_constraint_never_arrive() {
        Issuer taken = savedIssuer();

        assertThatThrownBy(() -> write(() -> {
            store.events().publish(event(1));
            store.issuers().insert(Issuer.create(new IssuerId(TestData.nextId()), taken.slug(), "Clash",
                    Optional.empty(), at(1)));
        })).isInstanceOf(UniqueConstraintViolation.class);

        assertThat(deliveredSoFar()).isEmpty();
    }

    @Test
    void every_kind_of_event_arrives_equal_to_what_was_published() {
        Member ada = savedMember();
        Template template = TestData.published(issuer);
        Offer offer = TestData.offer(template, Identity.member(ada.id()), Optional.of(ada.id()), at(1));
        Offer accepted = offer.accept(ada.id(), at(2));
        Award award = TestData.award(template, Identity.member(ada.id()), Optional.of(ada.id()), at(2));
        Award revoked = award.revoke("mistake", plusMicros(at(3), 3));
        AwardRequest request = TestData.request(template, ada.id(), at(4)).reject("no", at(5));
        List<DomainEvent> events = List.of(new TemplatePublished(template, at(1)), new OfferCreated(offer, at(1)),
                new OfferAnswered(accepted, at(2)), new AwardGranted(award, at(2)), new AwardRevoked(revoked, at(3)),
                new RequestAnswered(request, at(5)), new TemplateDeleted(template.id(), issuer, at(6)));

        write(() -> {
            store.templates().insert(template);
            store.offers().insert(accepted);
            store.awards().insert(revoked);
            store.requests().insert(request);
            events.forEach(store.events()::publish);
        });

        assertThat(deliveredSoFar()).containsExactlyElementsOf(events);
    }
}
