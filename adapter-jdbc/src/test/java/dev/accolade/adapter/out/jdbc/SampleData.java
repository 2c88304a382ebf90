package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TemplateSort;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.award.IdempotencyRecord;
import dev.accolade.application.port.out.template.TemplateQuery;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.award.StatusSlot;
import dev.accolade.domain.category.Category;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.template.Rating;
import dev.accolade.domain.template.RatingSummary;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateRating;
import dev.accolade.domain.template.TitleSearch;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rows of every kind the migrations constrain, in each state they tell apart (live and revoked awards
 * from different sources, pending and answered offers and requests, drafts, published templates and one
 * renamed in review), written through a store and then read back unchanged, and found by title.
 */
final class SampleData {

    private static final Instant LATER = TestData.T0.plusSeconds(60);

    private final Member member = TestData.member();
    private final Category category = TestData.category();
    private final Issuer issuer = TestData.issuerOwnedBy(member.id());
    private final Template published = TestData.published(issuer.id(), TestData.details()
            .title("Crème Über " + TestData.nextId()).categories(List.of(category.id())).build());
    private final Template draft = TestData.draft(issuer.id());
    private final Template renamed = TestData.published(issuer.id(), TestData.details()
            .title("Ça va " + TestData.nextId()).build()).edit(TestData.details().title("Zeta").build(), LATER);
    private final Award liveAward = TestData.award(published, Identity.member(member.id()),
            Optional.of(member.id()), TestData.T0);
    private final Award revokedAward = Award.grant(new AwardId(TestData.nextId()), new Grant(AwardTerms.of(published),
            Identity.email("bob@example.org"), Optional.empty(), Optional.empty(), Evidence.NONE, Optional.empty()),
            new AwardSource.FromRule("first-login"), TestData.T0, TestData.credential())
            .revoke("Given by mistake", LATER);
    private final Offer pendingOffer = TestData.offer(published, Identity.email("carol@example.org"),
            Optional.empty(), TestData.T0);
    private final Offer cancelledOffer = TestData.offer(published, Identity.email("dan@example.org"),
            Optional.empty(), TestData.T0).cancel(LATER);
    private final AwardRequest pendingRequest = TestData.request(published, member.id(), TestData.T0);
    private final AwardRequest rejectedRequest = TestData.request(published, member.id(), TestData.T0)
            .reject("Not yet", LATER);
    private final IdempotencyRecord idempotency = new IdempotencyRecord(issuer.id(), "sample-key", "sample-print",
            IdempotencyRecord.OutcomeKind.AWARDED, liveAward.id().value(), TestData.T0);
    private final TemplateRating rating = new TemplateRating(published.id(), member.id(), new Rating(3.5),
            new Rating(4.0), TestData.T0);

    private SampleData() {
    }

    /** Writes a new set of rows through a store on a database of its own. */
    static SampleData writeTo(StorePorts store) {
        SampleData rows = new SampleData();
        store.transactions().inTransaction(() -> {
            store.members().insert(rows.member);
            store.categories().insert(rows.category);
            store.issuers().insert(rows.issuer);
            store.templates().insert(rows.published);
            store.templates().insert(rows.draft);
            store.templates().insert(rows.renamed);
            store.awards().insert(rows.liveAward);
            store.awards().insert(rows.revokedAward);
            store.offers().insert(rows.pendingOffer);
            store.offers().insert(rows.cancelledOffer);
            store.requests().insert(rows.pendingRequest);
            store.requests().insert(rows.rejectedRequest);
            store.idempotency().insert(rows.idempotency);
            store.ratings().save(rows.rating);
            return null;
        });
        return rows;
    }

    /**
     * Checks the store finds the templates by any part of their titles, whatever the case: outsiders by
     * the live title, the issuer by the working one.
     */
    void assertFoundByTitle(StorePorts store) {
        store.transactions().readOnly(() -> {
            assertThat(titled(store, "ÜBER", true)).containsExactly(published);
            assertThat(titled(store, "ça VA", true)).containsExactly(renamed);
            assertThat(titled(store, "zeta", true)).isEmpty();
            assertThat(titled(store, "zeta", false)).containsExactly(renamed);
            return null;
        });
    }

    private List<Template> titled(StorePorts store, String text, boolean asPublic) {
        return store.templates().find(new TemplateQuery(Optional.of(issuer.id()), Set.of(), Optional.empty(),
                TimeWindow.ALWAYS, Optional.of(new TitleSearch(text)), TemplateSort.ID, SortDirection.ASC, asPublic),
                PageRequest.first()).items();
    }

    /** Checks the store reads every row back as it was written. */
    /**
     * Checks that awards and templates written before credentials got theirs on the upgrade: a public id
     * each, distinct; a salt; a slot in the list their id falls in, distinct within the issuer.
     */
    void assertCredentialsMinted(StorePorts store) {
        store.transactions().readOnly(() -> {
            List<Award> awards = List.of(store.awards().findById(liveAward.id()).orElseThrow(),
                    store.awards().findById(revokedAward.id()).orElseThrow());
            assertThat(awards).extracting(award -> award.credential().id()).doesNotHaveDuplicates()
                    .doesNotContain(liveAward.credential().id(), revokedAward.credential().id());
            assertThat(awards).extracting(award -> award.credential().status()).doesNotHaveDuplicates();
            assertThat(awards).allSatisfy(award -> {
                assertThat(award.credential().status().list()).isEqualTo(StatusSlot.listOf(award.id()));
                assertThat(store.awardCredentials().findByPublicId(award.credential().id())).contains(award);
            });
            assertThat(store.templates().findById(published.id()).orElseThrow().publicId())
                    .isNotEqualTo(store.templates().findById(draft.id()).orElseThrow().publicId());
            return null;
        });
    }

    void assertReadBackFrom(StorePorts store) {
        store.transactions().readOnly(() -> {
            assertThat(store.members().findById(member.id())).contains(member);
            assertThat(store.categories().findById(category.id())).contains(category);
            assertThat(store.issuers().findById(issuer.id())).contains(issuer);
            assertThat(store.templates().findById(published.id())).contains(published);
            assertThat(store.templates().findById(draft.id())).contains(draft);
            assertThat(store.templates().findById(renamed.id())).contains(renamed);
            for (Award award : List.of(liveAward, revokedAward)) {
                assertThat(store.awards().findById(award.id())).get().usingRecursiveComparison()
                        .ignoringFields("credential").isEqualTo(award);
            }
            assertThat(store.offers().findById(pendingOffer.id())).contains(pendingOffer);
            assertThat(store.offers().findById(cancelledOffer.id())).contains(cancelledOffer);
            assertThat(store.requests().findById(pendingRequest.id())).contains(pendingRequest);
            assertThat(store.requests().findById(rejectedRequest.id())).contains(rejectedRequest);
            assertThat(store.idempotency().find(issuer.id(), idempotency.key())).contains(idempotency);
            assertThat(store.ratings().summarize(List.of(published.id())))
                    .isEqualTo(Map.of(published.id(), new RatingSummary(1, 3.5, 4.0)));
            return null;
        });
    }
}
