package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.paging.AwardSort;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.out.award.AwardQuery;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateDetails;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.template.TitleSearch;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every store promises about listing awards: keyset pages in every sort and direction with ties
 * broken by id, and every filter of {@link AwardQuery}, alone and combined.
 */
public abstract class AwardPagingContract extends StoreContract {

    private static final Instant T5 = at(5);
    private static final Instant T10 = plusMicros(at(10), 250_001);
    private static final Instant T20 = at(20);
    private static final Instant T25 = at(25);
    private static final Instant T30 = at(30);
    private static final Instant T40 = at(40);

    private IssuerId issuerA;
    private IssuerId issuerB;
    private CategoryId c1;
    private CategoryId c2;
    private MemberId ada;
    private MemberId bob;
    private Identity adaEmail;
    private final Identity email = Identity.email("x@example.org");
    private final Identity steve = Identity.handle("minecraft:survival", "steve");
    private Template alphaA;
    private Template bravoA;
    private Template alphaB;
    private Template charlieB;
    private final Map<TemplateId, String> titles = new HashMap<>();
    private List<Award> awards;

    static Stream<Arguments> everySortAndDirection() {
        return Arrays.stream(AwardSort.values()).flatMap(sort -> Arrays.stream(SortDirection.values())
                .map(direction -> Arguments.of(sort, direction)));
    }

    private Template template(IssuerId issuer, String title, CategoryId... categories) {
        Template template = savedTemplate(issuer,
                TemplateDetails.titled(title).categories(List.of(categories)).repeatable(true).build());
        titles.put(template.id(), title);
        return template;
    }

    private static Award award(Template template, Identity recipient, Optional<MemberId> holder, Instant at) {
        return TestData.award(template, recipient, holder, at);
    }

    /**
     * Ten awards of four repeatable templates of two issuers: titles tie across issuers, award times tie,
     * some reached members, some were viewed, two were revoked.
     */
    @BeforeEach
    void storeAwards() {
        issuerA = savedIssuer().id();
        issuerB = savedIssuer().id();
        c1 = savedCategory().id();
        c2 = savedCategory().id();
        Member adaMember = savedMember();
        ada = adaMember.id();
        bob = savedMember().id();
        adaEmail = Identity.email(adaMember.email().value());
        alphaA = template(issuerA, "Alpha", c1);
        bravoA = template(issuerA, "Bravo", c1, c2);
        alphaB = template(issuerB, "Alpha", c2);
        charlieB = template(issuerB, "Charlie");
        Optional<MemberId> byAda = Optional.of(ada);
        Optional<MemberId> byBob = Optional.of(bob);
        awards = List.of(
                saved(award(alphaA, Identity.member(ada), byAda, T10).markViewed(at(11))),
                saved(award(alphaA, email, Optional.empty(), T10)),
                saved(award(bravoA, Identity.member(ada), byAda, T20)),
                saved(award(alphaB, steve, Optional.empty(), T20)),
                saved(award(charlieB, Identity.member(bob), byBob, T5).markViewed(at(6))),
                saved(award(bravoA, adaEmail, byAda, T30)),
                saved(award(alphaB, Identity.member(bob), byBob, T30).revoke("mistake", at(31))),
                saved(award(charlieB, steve, Optional.empty(), T40).revoke("mistake", at(41))),
                saved(award(alphaA, Identity.member(bob), byBob, T10)),
                saved(award(charlieB, email, Optional.empty(), T25).markViewed(at(26))));
    }

    private Comparator<Award> order(AwardSort sort, SortDirection direction) {
        Comparator<Award> byId = Comparator.comparingLong(award -> award.id().value());
        Comparator<Award> ascending = switch (sort) {
            case ID -> byId;
            case NAME -> Comparator.comparing((Award award) -> titles.get(award.template())).thenComparing(byId);
            case AWARDED -> Comparator.comparing(Award::awardedAt).thenComparing(byId);
        };
        return direction == SortDirection.ASC ? ascending : ascending.reversed();
    }

    private List<Award> picked(AwardQuery query, int... indexes) {
        return Arrays.stream(indexes).mapToObj(awards::get).sorted(order(query.sort(), query.direction())).toList();
    }

    private void assertListed(AwardQuery query, int... indexes) {
        assertPages(page -> store.awards().find(query, page), picked(query, indexes));
    }

    private static int[] live() {
        return new int[] {0, 1, 2, 3, 4, 5, 8, 9};
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everySortAndDirection")
    void every_live_award_is_listed_once_in_sort_order_across_pages(AwardSort sort, SortDirection direction) {
        assertListed(AwardQuery.all().sortedBy(sort, direction), live());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everySortAndDirection")
    void revoked_awards_take_their_place_in_the_order_when_included(AwardSort sort, SortDirection direction) {
        assertListed(AwardQuery.all().includingRevoked(true).sortedBy(sort, direction),
                IntStream.range(0, 10).toArray());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everySortAndDirection")
    void a_page_that_skips_rows_starts_where_the_order_says_and_counts_the_whole_selection(AwardSort sort,
            SortDirection direction) {
        AwardQuery query = AwardQuery.all().sortedBy(sort, direction);
        List<Award> ordered = picked(query, live());

        Page<Award> third = read(() -> store.awards().find(query, PageRequest.skipping(6, 3).withTotal()));
        Page<Award> middle = read(() -> store.awards().find(query, PageRequest.skipping(2, 3)));

        assertThat(third.items()).containsExactlyElementsOf(ordered.subList(6, 8));
        assertThat(third.total()).hasValue(8);
        assertThat(third.hasNext()).isFalse();
        assertThat(middle.items()).containsExactlyElementsOf(ordered.subList(2, 5));
        assertThat(middle.total()).isEmpty();
        assertThat(read(() -> store.awards().find(query, middle.next().map(next -> PageRequest.after(next, 3))
                .orElseThrow())).items()).containsExactlyElementsOf(ordered.subList(5, 8));
    }

    @Test
    void a_page_skipping_past_the_end_is_empty_and_still_counts_the_selection() {
        Page<Award> beyond = read(() -> store.awards().find(AwardQuery.all().withIssuers(Set.of(issuerB)),
                PageRequest.skipping(40, 10).withTotal()));

        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).hasValue(3);
    }

    @Test
    void the_default_query_lists_live_awards_newest_first() {
        assertThat(AwardQuery.all().includeRevoked()).isFalse();
        assertThat(read(() -> store.awards().find(AwardQuery.all(), PageRequest.first(1))).items())
                .containsExactly(awards.get(5));
        assertListed(AwardQuery.all(), live());
    }

    @Test
    void the_holder_filter_lists_the_awards_that_reached_that_member_under_any_identity() {
        assertListed(AwardQuery.all().withHolder(ada), 0, 2, 5);
        assertListed(AwardQuery.all().withHolder(bob), 4, 8);
        assertListed(AwardQuery.all().withHolder(bob).includingRevoked(true), 4, 6, 8);
    }

    @Test
    void the_recipient_filter_lists_the_awards_addressed_to_exactly_that_identity() {
        assertListed(AwardQuery.all().withRecipient(Identity.email("X@Example.org")), 1, 9);
        assertListed(AwardQuery.all().withRecipient(Identity.member(ada)), 0, 2);
        assertListed(AwardQuery.all().withRecipient(adaEmail), 5);
        assertListed(AwardQuery.all().withRecipient(steve), 3);
        assertListed(AwardQuery.all().withRecipient(steve).includingRevoked(true), 3, 7);
        assertListed(AwardQuery.all().withRecipient(Identity.handle("minecraft:survival", "Steve")));
    }

    @Test
    void the_issuers_filter_lists_the_awards_of_any_of_those_issuers() {
        assertListed(AwardQuery.all().withIssuers(Set.of(issuerA)), 0, 1, 2, 5, 8);
        assertListed(AwardQuery.all().withIssuers(Set.of(issuerB)), 3, 4, 9);
        assertListed(AwardQuery.all().withIssuers(Set.of(issuerA, issuerB)), live());
        assertListed(AwardQuery.all().withIssuers(Set.of(savedIssuer().id())));
    }

    @Test
    void the_template_filter_lists_the_awards_of_that_template() {
        assertListed(AwardQuery.all().withTemplate(alphaA.id()), 0, 1, 8);
        assertListed(AwardQuery.all().withTemplate(charlieB.id()).includingRevoked(true), 4, 7, 9);
    }

    @Test
    void the_categories_filter_lists_each_award_whose_template_is_in_any_of_them_once() {
        assertListed(AwardQuery.all().withCategories(Set.of(c1)), 0, 1, 2, 5, 8);
        assertListed(AwardQuery.all().withCategories(Set.of(c2)), 2, 3, 5);
        assertListed(AwardQuery.all().withCategories(Set.of(c1, c2)), 0, 1, 2, 3, 5, 8);
    }

    @Test
    void since_is_inclusive_to_the_microsecond() {
        assertListed(AwardQuery.all().awardedWithin(TimeWindow.between(T20, null)), 2, 3, 5, 9);
        assertListed(AwardQuery.all().awardedWithin(TimeWindow.between(plusMicros(T10, 1), null)),
                2, 3, 5, 9);
        assertListed(AwardQuery.all().awardedWithin(TimeWindow.between(T10, null)), 0, 1, 2, 3, 5, 8, 9);
    }

    @Test
    void before_is_exclusive_to_the_microsecond() {
        assertListed(AwardQuery.all().awardedWithin(TimeWindow.between(null, T20)), 0, 1, 4, 8);
        assertListed(AwardQuery.all().awardedWithin(TimeWindow.between(null, T10)), 4);
        assertListed(AwardQuery.all().awardedWithin(TimeWindow.between(null, plusMicros(T10, 1))), 0, 1, 4, 8);
    }

    @Test
    void both_ends_together_select_a_half_open_range() {
        assertListed(AwardQuery.all().awardedWithin(TimeWindow.between(T10, T25)), 0, 1, 2, 3, 8);
        assertListed(AwardQuery.all().awardedWithin(TimeWindow.between(T10, plusMicros(T10, 1))), 0, 1, 8);
    }

    @Test
    void a_window_that_does_not_end_after_it_starts_holds_nothing() {
        assertListed(AwardQuery.all().awardedWithin(TimeWindow.between(T20, T20)));
        assertListed(AwardQuery.all().awardedWithin(TimeWindow.between(T30, T10)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everySortAndDirection")
    void a_window_keeps_its_awards_in_sort_order_across_pages(AwardSort sort, SortDirection direction) {
        assertListed(AwardQuery.all().awardedWithin(TimeWindow.between(T10, T30)).sortedBy(sort, direction),
                0, 1, 2, 3, 8, 9);
    }

    @Test
    void a_title_search_lists_the_awards_whose_template_title_contains_it_whatever_the_case() {
        assertListed(AwardQuery.all().titled(new TitleSearch("ALPH")), 0, 1, 3, 8);
        assertListed(AwardQuery.all().titled(new TitleSearch("aR")), 4, 9);
        assertListed(AwardQuery.all().titled(new TitleSearch("aR")).includingRevoked(true), 4, 7, 9);
        assertListed(AwardQuery.all().titled(new TitleSearch("Alpha!")));
    }

    @Test
    void a_title_search_folds_non_ascii_titles_and_takes_like_wildcards_literally() {
        Template uber = template(issuerA, "Über Çake 100%_off");
        Award ubers = saved(award(uber, steve, Optional.empty(), T30));

        assertThat(walk(2, page -> store.awards().find(AwardQuery.all().titled(new TitleSearch("über çA")), page)))
                .containsExactly(ubers);
        assertThat(walk(2, page -> store.awards().find(AwardQuery.all().titled(new TitleSearch("0%_O")), page)))
                .containsExactly(ubers);
        assertThat(walk(2, page -> store.awards().find(AwardQuery.all().titled(new TitleSearch("uber")), page)))
                .isEmpty();
        assertThat(walk(2, page -> store.awards().find(AwardQuery.all().titled(new TitleSearch("%")), page)))
                .containsExactly(ubers);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everySortAndDirection")
    void a_title_search_keeps_its_awards_in_sort_order_across_pages(AwardSort sort, SortDirection direction) {
        AwardQuery withH = AwardQuery.all().titled(new TitleSearch("h")).sortedBy(sort, direction);

        assertListed(withH, 0, 1, 3, 4, 8, 9);
        assertListed(withH.awardedWithin(TimeWindow.between(T10, T30)).withIssuers(Set.of(issuerA, issuerB)),
                0, 1, 3, 8, 9);
    }

    @Test
    void a_title_search_sees_the_live_title_and_never_one_in_review() {
        Template inReview = alphaA.edit(TemplateDetails.titled("Zeta, embargoed").repeatable(true).build(), at(50));
        write(() -> store.templates().update(inReview));

        assertListed(AwardQuery.all().titled(new TitleSearch("zeta")));
        assertListed(AwardQuery.all().titled(new TitleSearch("alpha")), 0, 1, 3, 8);
    }

    @Test
    void a_title_search_follows_the_new_live_title_once_a_renamed_version_is_approved() {
        write(() -> store.templates().update(charlieB.edit(charlieB.details().toBuilder().title("Aardvark").build(),
                at(50)).approve(at(51))));
        titles.put(charlieB.id(), "Aardvark");

        assertListed(AwardQuery.all().titled(new TitleSearch("aardvark")), 4, 9);
        assertListed(AwardQuery.all().titled(new TitleSearch("charlie")));
    }

    @Test
    void the_new_only_filter_lists_the_awards_not_viewed_yet() {
        assertListed(AwardQuery.all().newOnly(true), 1, 2, 3, 5, 8);
        assertListed(AwardQuery.all().newOnly(true).includingRevoked(true), 1, 2, 3, 5, 6, 7, 8);
    }

    @Test
    void filters_combine_so_that_every_one_must_match() {
        AwardQuery adasNewInC2 = AwardQuery.all().withHolder(ada).withCategories(Set.of(c2)).newOnly(true);

        assertListed(adasNewInC2, 2, 5);
        assertListed(adasNewInC2.awardedWithin(TimeWindow.between(null, T30)), 2);
        assertListed(AwardQuery.all().withRecipient(email).withIssuers(Set.of(issuerB))
                .sortedBy(AwardSort.NAME, SortDirection.ASC), 9);
        assertListed(AwardQuery.all().withTemplate(alphaA.id()).withIssuers(Set.of(issuerB)));
    }

    @Test
    void the_name_order_follows_the_new_live_title_once_a_renamed_version_is_approved() {
        Template renamed = charlieB.edit(charlieB.details().toBuilder().title("Aardvark").build(), at(50))
                .approve(at(51));
        write(() -> store.templates().update(renamed));
        titles.put(charlieB.id(), "Aardvark");

        assertListed(AwardQuery.all().sortedBy(AwardSort.NAME, SortDirection.ASC), live());
        assertThat(walk(PageRequest.MAX_LIMIT, page -> store.awards().find(
                AwardQuery.all().sortedBy(AwardSort.NAME, SortDirection.ASC), page)).get(0).template())
                .isEqualTo(charlieB.id());
    }

    @Test
    void a_query_that_matches_nothing_is_one_empty_last_page() {
        Page<Award> page = read(() -> store.awards().find(AwardQuery.all().withHolder(new MemberId(TestData.nextId())),
                PageRequest.first()));

        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isEmpty();
    }

    @Test
    void awards_sort_and_filter_on_the_live_version_of_their_template_not_on_one_in_review() {
        Template inReview = alphaA.edit(TemplateDetails.titled("Aardvark").categories(List.of(c2)).repeatable(true)
                .build(), at(50));
        write(() -> store.templates().update(inReview));

        assertListed(AwardQuery.all().sortedBy(AwardSort.NAME, SortDirection.ASC), live());
        assertListed(AwardQuery.all().withCategories(Set.of(c2)), 2, 3, 5);
    }
}
