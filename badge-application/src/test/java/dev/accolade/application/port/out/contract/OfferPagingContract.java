package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;

import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.out.offer.OfferQuery;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferStatus;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store promises about listing offers: newest first in keyset pages, by issuer, holder and status. */
public abstract class OfferPagingContract extends StoreContract {

    private static final Comparator<Offer> NEWEST_FIRST = Comparator.comparing(Offer::createdAt)
            .thenComparingLong((Offer offer) -> offer.id().value()).reversed();

    private IssuerId issuerA;
    private IssuerId issuerB;
    private MemberId ada;
    private Instant ten;
    private List<Offer> offers;

    private static Offer offer(Template template, Identity recipient, Optional<MemberId> holder, Instant at) {
        return TestData.offer(template, recipient, holder, at);
    }

    /** Seven offers of two issuers in every status, some reaching members, with creation times that tie. */
    @BeforeEach
    void storeOffers() {
        issuerA = savedIssuer().id();
        issuerB = savedIssuer().id();
        Member adaMember = savedMember();
        Member bobMember = savedMember();
        ada = adaMember.id();
        MemberId bob = bobMember.id();
        Template templateA = savedRepeatableTemplate(issuerA);
        Template templateB = savedRepeatableTemplate(issuerB);
        ten = plusMicros(at(10), 1);
        offers = List.of(
                saved(offer(templateA, Identity.email("x@example.org"), Optional.empty(), ten)),
                saved(offer(templateA, Identity.member(ada), Optional.of(ada), ten)),
                saved(offer(templateA, Identity.member(ada), Optional.of(ada), at(20)).accept(ada, at(21))),
                saved(offer(templateB, Identity.member(bob), Optional.of(bob), ten).reject(bob, at(11))),
                saved(offer(templateB, Identity.handle("minecraft:s", "steve"), Optional.empty(), at(30))
                        .cancel(at(31))),
                saved(offer(templateB, Identity.email(adaMember.email().value()), Optional.of(ada), at(5))),
                saved(offer(templateA, Identity.handle("minecraft:s", "alex"), Optional.empty(), at(30))));
    }

    /** Offers made at any time. */
    private static OfferQuery query(Optional<IssuerId> issuer, Optional<MemberId> holder,
            Optional<OfferStatus> status) {
        return new OfferQuery(issuer, holder, status, TimeWindow.ALWAYS);
    }

    private void assertListed(OfferQuery query, int... picked) {
        List<Offer> expected = Arrays.stream(picked).mapToObj(offers::get).sorted(NEWEST_FIRST).toList();
        assertPages(page -> store.offers().find(query, page), expected);
    }

    @Test
    void every_offer_is_listed_once_newest_first_across_pages() {
        assertListed(query(Optional.empty(), Optional.empty(), Optional.empty()), 0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void the_issuer_filter_lists_only_offers_of_that_issuers_templates() {
        assertListed(query(Optional.of(issuerA), Optional.empty(), Optional.empty()), 0, 1, 2, 6);
        assertListed(query(Optional.of(issuerB), Optional.empty(), Optional.empty()), 3, 4, 5);
    }

    @Test
    void the_holder_filter_lists_only_offers_that_reached_that_member() {
        assertListed(query(Optional.empty(), Optional.of(ada), Optional.empty()), 1, 2, 5);
    }

    @Test
    void the_status_filter_lists_only_offers_in_that_status() {
        assertListed(query(Optional.empty(), Optional.empty(), Optional.of(OfferStatus.PENDING)),
                0, 1, 5, 6);
        assertListed(query(Optional.empty(), Optional.empty(), Optional.of(OfferStatus.ACCEPTED)), 2);
        assertListed(query(Optional.empty(), Optional.empty(), Optional.of(OfferStatus.REJECTED)), 3);
        assertListed(query(Optional.empty(), Optional.empty(), Optional.of(OfferStatus.CANCELLED)), 4);
    }

    @Test
    void filters_combine_so_that_every_one_must_match() {
        assertListed(query(Optional.of(issuerB), Optional.of(ada), Optional.of(OfferStatus.PENDING)), 5);
        assertListed(query(Optional.of(issuerA), Optional.empty(), Optional.of(OfferStatus.CANCELLED)));
    }

    @Test
    void since_is_inclusive_to_the_microsecond() {
        assertListed(created(TimeWindow.between(ten, null)), 0, 1, 2, 3, 4, 6);
        assertListed(created(TimeWindow.between(plusMicros(ten, 1), null)), 2, 4, 6);
    }

    @Test
    void before_is_exclusive_to_the_microsecond() {
        assertListed(created(TimeWindow.between(null, ten)), 5);
        assertListed(created(TimeWindow.between(null, plusMicros(ten, 1))), 0, 1, 3, 5);
    }

    @Test
    void a_window_combines_with_the_other_filters() {
        assertListed(new OfferQuery(Optional.of(issuerA), Optional.empty(), Optional.empty(),
                TimeWindow.between(ten, at(30))), 0, 1, 2);
        assertListed(new OfferQuery(Optional.empty(), Optional.of(ada), Optional.of(OfferStatus.PENDING),
                TimeWindow.between(at(5), ten)), 5);
    }

    @Test
    void a_window_that_does_not_end_after_it_starts_holds_nothing() {
        assertListed(created(TimeWindow.between(ten, ten)));
        assertListed(created(TimeWindow.between(at(30), at(5))));
    }

    private static OfferQuery created(TimeWindow window) {
        return new OfferQuery(Optional.empty(), Optional.empty(), Optional.empty(), window);
    }
}
