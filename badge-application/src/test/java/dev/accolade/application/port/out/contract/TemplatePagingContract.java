package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TemplateSort;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.out.template.TemplateQuery;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateDetails;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.template.TemplateStatus;
import dev.accolade.domain.template.TitleSearch;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every store promises about listing templates: keyset pages in every sort and direction with
 * ties broken by id, and the issuer, category and status filters.
 */
public abstract class TemplatePagingContract extends StoreContract {

    private IssuerId issuerA;
    private IssuerId issuerB;
    private CategoryId c1;
    private CategoryId c2;
    private CategoryId c3;
    private Template alphaA;
    private Template alphaB;
    private Template bravoA;
    private Template charlieA;
    private Template deltaB;
    private Template echoB;
    private Template foxtrotA;
    private Template bravoB;
    private Instant ten;

    static Stream<Arguments> everySortAndDirection() {
        return Arrays.stream(TemplateSort.values()).flatMap(sort -> Arrays.stream(SortDirection.values())
                .map(direction -> Arguments.of(sort, direction)));
    }

    private static Comparator<Template> order(TemplateSort sort, SortDirection direction) {
        Comparator<Template> byId = Comparator.comparingLong(template -> template.id().value());
        Comparator<Template> ascending = switch (sort) {
            case ID -> byId;
            case NAME -> Comparator.comparing((Template template) -> template.details().title()).thenComparing(byId);
            case CREATED -> Comparator.comparing(Template::createdAt).thenComparing(byId);
        };
        return direction == SortDirection.ASC ? ascending : ascending.reversed();
    }

    private static Template draft(IssuerId issuer, String title, Instant createdAt, CategoryId... categories) {
        return Template.create(new TemplateId(TestData.nextId()), TestData.publicId(), issuer,
                TemplateDetails.titled(title).categories(List.of(categories)).build(), createdAt);
    }

    private static TemplateQuery query(Optional<IssuerId> issuer, Set<CategoryId> categories,
            Optional<TemplateStatus> status) {
        return new TemplateQuery(issuer, categories, status, TimeWindow.ALWAYS, Optional.empty(), TemplateSort.NAME,
                SortDirection.ASC, false);
    }

    /**
     * Two issuers with eight templates in every lifecycle state, with titles and creation times that tie
     * across issuers, and one template whose live version is in other categories than its working one.
     */
    @BeforeEach
    void storeACatalogue() {
        issuerA = savedIssuer().id();
        issuerB = savedIssuer().id();
        c1 = savedCategory().id();
        c2 = savedCategory().id();
        c3 = savedCategory().id();
        ten = plusMicros(at(10), 500);
        alphaA = saved(draft(issuerA, "Alpha", ten, c1).publishNow(at(11)));
        alphaB = saved(draft(issuerB, "Alpha", ten, c1, c2));
        bravoA = saved(draft(issuerA, "Bravo", at(20), c2).submit(at(21)));
        Template charlie = draft(issuerA, "Charlie", ten, c1).publishNow(at(12));
        charlieA = saved(charlie.edit(charlie.details().toBuilder().categories(List.of(c3)).build(), at(13)));
        deltaB = saved(draft(issuerB, "Delta", at(30)).submit(at(31)).reject("no", at(32)));
        Template echo = draft(issuerB, "Echo", at(20)).publishNow(at(21));
        echoB = saved(echo.edit(echo.details(), at(22)).reject(null, at(23)));
        foxtrotA = saved(draft(issuerA, "Foxtrot", at(5)));
        bravoB = saved(draft(issuerB, "Bravo", at(5), c2).publishNow(at(6)));
    }

    private List<Template> all() {
        return List.of(alphaA, alphaB, bravoA, charlieA, deltaB, echoB, foxtrotA, bravoB);
    }

    private void assertListed(TemplateQuery query, List<Template> selected) {
        List<Template> expected = selected.stream().sorted(order(query.sort(), query.direction())).toList();
        assertPages(page -> store.templates().find(query, page), expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everySortAndDirection")
    void every_template_is_listed_once_in_sort_order_across_pages(TemplateSort sort, SortDirection direction) {
        assertListed(new TemplateQuery(Optional.empty(), Set.of(), Optional.empty(), TimeWindow.ALWAYS,
                Optional.empty(), sort, direction, false), all());
    }

    @Test
    void the_issuer_filter_lists_only_that_issuers_templates() {
        assertListed(query(Optional.of(issuerA), Set.of(), Optional.empty()),
                List.of(alphaA, bravoA, charlieA, foxtrotA));
        assertListed(query(Optional.of(issuerB), Set.of(), Optional.empty()), List.of(alphaB, deltaB, echoB, bravoB));
    }

    @Test
    void the_category_filter_matches_any_of_the_working_categories_and_lists_each_template_once() {
        assertListed(query(Optional.empty(), Set.of(c1), Optional.empty()), List.of(alphaA, alphaB));
        assertListed(query(Optional.empty(), Set.of(c1, c2), Optional.empty()),
                List.of(alphaA, alphaB, bravoA, bravoB));
        assertListed(query(Optional.empty(), Set.of(c3), Optional.empty()), List.of(charlieA));
    }

    @Test
    void the_published_filter_lists_every_template_with_a_live_version_whatever_its_working_status() {
        assertListed(query(Optional.empty(), Set.of(), Optional.of(TemplateStatus.PUBLISHED)),
                List.of(alphaA, charlieA, echoB, bravoB));
    }

    @Test
    void the_other_status_filters_look_at_the_working_status() {
        assertListed(query(Optional.empty(), Set.of(), Optional.of(TemplateStatus.DRAFT)), List.of(alphaB, foxtrotA));
        assertListed(query(Optional.empty(), Set.of(), Optional.of(TemplateStatus.PENDING_REVIEW)),
                List.of(bravoA, charlieA));
        assertListed(query(Optional.empty(), Set.of(), Optional.of(TemplateStatus.REJECTED)),
                List.of(deltaB, echoB));
    }

    @Test
    void filters_combine_so_that_every_one_must_match() {
        assertListed(query(Optional.of(issuerA), Set.of(c1, c3), Optional.of(TemplateStatus.PUBLISHED)),
                List.of(alphaA, charlieA));
        assertListed(query(Optional.of(issuerB), Set.of(c3), Optional.empty()), List.of());
    }

    @Test
    void since_is_inclusive_to_the_microsecond() {
        assertListed(created(TimeWindow.between(ten, null)), List.of(alphaA, alphaB, bravoA, charlieA, deltaB, echoB));
        assertListed(created(TimeWindow.between(plusMicros(ten, 1), null)), List.of(bravoA, deltaB, echoB));
    }

    @Test
    void before_is_exclusive_to_the_microsecond() {
        assertListed(created(TimeWindow.between(null, ten)), List.of(foxtrotA, bravoB));
        assertListed(created(TimeWindow.between(null, plusMicros(ten, 1))),
                List.of(foxtrotA, bravoB, alphaA, alphaB, charlieA));
    }

    @Test
    void a_window_that_does_not_end_after_it_starts_holds_nothing() {
        assertListed(created(TimeWindow.between(ten, ten)), List.of());
        assertListed(created(TimeWindow.between(at(30), at(5))), List.of());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everySortAndDirection")
    void a_window_keeps_its_templates_in_sort_order_across_pages(TemplateSort sort, SortDirection direction) {
        assertListed(new TemplateQuery(Optional.empty(), Set.of(), Optional.empty(), TimeWindow.between(ten, at(30)),
                Optional.empty(), sort, direction, false), List.of(alphaA, alphaB, bravoA, charlieA, echoB));
        assertListed(new TemplateQuery(Optional.of(issuerB), Set.of(), Optional.of(TemplateStatus.PUBLISHED),
                TimeWindow.between(at(5), at(21)), Optional.empty(), sort, direction, false), List.of(echoB, bravoB));
    }

    private static TemplateQuery created(TimeWindow window) {
        return new TemplateQuery(Optional.empty(), Set.of(), Optional.empty(), window, Optional.empty(),
                TemplateSort.CREATED, SortDirection.ASC, false);
    }

    @Test
    void a_title_search_finds_any_part_of_a_title_whatever_its_case() {
        IssuerId issuer = savedIssuer().id();
        Template uber = saved(draft(issuer, "Über Baker", at(1)));
        Template ca = saved(draft(issuer, "ÇA VA", at(2)));
        Template crepe = saved(draft(issuer, "Crêpe über alles", at(3)));
        Template uberDriver = saved(draft(issuer, "Uber driver", at(4)));
        Template cake = saved(draft(issuer, "Cake 🍰 master", at(5)));

        assertListed(titled(issuer, "über"), List.of(uber, crepe));
        assertListed(titled(issuer, "ÜBER B"), List.of(uber));
        assertListed(titled(issuer, "ça"), List.of(ca));
        assertListed(titled(issuer, "uber"), List.of(uberDriver));
        assertListed(titled(issuer, "BER"), List.of(uber, crepe, uberDriver));
        assertListed(titled(issuer, "🍰 M"), List.of(cake));
        assertListed(titled(issuer, "Über Baker!"), List.of());
    }

    @Test
    void percent_underscore_and_backslash_in_a_title_search_are_literal_characters() {
        IssuerId issuer = savedIssuer().id();
        Template percent = saved(draft(issuer, "100% sure", at(1)));
        saved(draft(issuer, "1000 sure", at(2)));
        Template underscore = saved(draft(issuer, "snake_case", at(3)));
        saved(draft(issuer, "snakeXcase", at(4)));
        Template backslash = saved(draft(issuer, "back\\slash", at(5)));
        Template bang = saved(draft(issuer, "Wow! Such", at(6)));

        assertListed(titled(issuer, "%"), List.of(percent));
        assertListed(titled(issuer, "0% s"), List.of(percent));
        assertListed(titled(issuer, "e_c"), List.of(underscore));
        assertListed(titled(issuer, "_"), List.of(underscore));
        assertListed(titled(issuer, "\\"), List.of(backslash));
        assertListed(titled(issuer, "k\\s"), List.of(backslash));
        assertListed(titled(issuer, "!"), List.of(bang));
        assertListed(titled(issuer, "w! s"), List.of(bang));
        assertListed(titled(issuer, "%%"), List.of());
        assertListed(titled(issuer, "!%"), List.of());
    }

    @Test
    void the_longest_title_folds_whole_and_is_found() {
        IssuerId issuer = savedIssuer().id();
        Template longest = saved(draft(issuer, "\uFDFA".repeat(TemplateDetails.MAX_TITLE_LENGTH), at(1)));

        assertListed(titled(issuer, "\uFDFA"), List.of(longest));
        assertListed(titled(issuer, "صلى الله"), List.of(longest));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everySortAndDirection")
    void a_title_search_keeps_its_templates_in_sort_order_across_pages(TemplateSort sort, SortDirection direction) {
        Optional<TitleSearch> a = Optional.of(new TitleSearch("A"));

        assertListed(new TemplateQuery(Optional.empty(), Set.of(), Optional.empty(), TimeWindow.ALWAYS, a, sort,
                direction, false), List.of(alphaA, alphaB, bravoA, charlieA, deltaB, bravoB));
        assertListed(new TemplateQuery(Optional.of(issuerA), Set.of(c1, c2), Optional.empty(),
                TimeWindow.between(ten, null), a, sort, direction, false), List.of(alphaA, bravoA));
    }

    @Test
    void a_public_title_search_sees_the_live_title_and_never_one_in_review() {
        IssuerId issuer = savedIssuer().id();
        Template alpha = saved(TestData.published(issuer, TemplateDetails.titled("Alpha").build()));
        Template inReview = alpha.edit(TemplateDetails.titled("Zeta, embargoed").build(), at(60));
        write(() -> store.templates().update(inReview));
        Template draft = saved(TestData.draft(issuer, TemplateDetails.titled("Zeta draft").build()));

        assertPages(page -> store.templates().find(publicTitled(issuer, "zeta"), page), List.of());
        assertPages(page -> store.templates().find(publicTitled(issuer, "ALPHA"), page), List.of(inReview));
        assertListed(titled(issuer, "zeta"), List.of(inReview, draft));
        assertListed(titled(issuer, "alpha"), List.of());
    }

    /** The issuer's templates whose working title contains a text, by name. */
    private static TemplateQuery titled(IssuerId issuer, String text) {
        return new TemplateQuery(Optional.of(issuer), Set.of(), Optional.empty(), TimeWindow.ALWAYS,
                Optional.of(new TitleSearch(text)), TemplateSort.NAME, SortDirection.ASC, false);
    }

    /** The issuer's templates as outsiders list them, whose live title contains a text, by name. */
    private static TemplateQuery publicTitled(IssuerId issuer, String text) {
        return new TemplateQuery(Optional.of(issuer), Set.of(), Optional.empty(), TimeWindow.ALWAYS,
                Optional.of(new TitleSearch(text)), TemplateSort.NAME, SortDirection.ASC, true);
    }

    @Test
    void a_query_that_matches_nothing_is_one_empty_last_page() {
        IssuerId withoutTemplates = savedIssuer().id();

        Page<Template> page = read(() -> store.templates().find(
                query(Optional.of(withoutTemplates), Set.of(), Optional.empty()), PageRequest.first()));

        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isEmpty();
    }

    @Test
    void a_cursor_still_leads_on_after_the_item_it_names_is_deleted() {
        TemplateQuery byName = query(Optional.empty(), Set.of(), Optional.empty());
        List<Template> expected = all().stream().sorted(order(TemplateSort.NAME, SortDirection.ASC)).toList();
        Page<Template> first = read(() -> store.templates().find(byName, PageRequest.first(3)));
        write(() -> store.templates().delete(first.items().get(2).id()));

        List<Template> rest = new ArrayList<>();
        Page<Template> page = first;
        while (page.next().isPresent()) {
            PageRequest next = PageRequest.after(page.next().get(), 3);
            page = read(() -> store.templates().find(byName, next));
            rest.addAll(page.items());
        }

        assertThat(first.items()).containsExactlyElementsOf(expected.subList(0, 3));
        assertThat(rest).containsExactlyElementsOf(expected.subList(3, expected.size()));
    }

    @Test
    void a_public_query_lists_live_templates_on_their_live_title_and_categories_only() {
        IssuerId issuer = savedIssuer().id();
        Template alpha = saved(TestData.published(issuer, TemplateDetails.titled("Alpha").categories(List.of(c1))
                .build()));
        Template inReview = alpha.edit(TemplateDetails.titled("Zeta, embargoed").categories(List.of(c2)).build(),
                at(60));
        write(() -> store.templates().update(inReview));
        Template beta = saved(TestData.published(issuer, TemplateDetails.titled("Beta").build()));
        saved(TestData.draft(issuer, TemplateDetails.titled("Aardvark").build()));

        assertPages(page -> store.templates().find(publicQuery(issuer, Set.of(), SortDirection.ASC), page),
                List.of(inReview, beta));
        assertPages(page -> store.templates().find(publicQuery(issuer, Set.of(), SortDirection.DESC), page),
                List.of(beta, inReview));
        assertPages(page -> store.templates().find(publicQuery(issuer, Set.of(c1), SortDirection.ASC), page),
                List.of(inReview));
        assertPages(page -> store.templates().find(publicQuery(issuer, Set.of(c2), SortDirection.ASC), page),
                List.of());
        assertPages(page -> store.templates().find(query(Optional.of(issuer), Set.of(c2), Optional.empty()), page),
                List.of(inReview));
    }

    @Test
    void a_public_query_gives_cursors_of_the_live_title() {
        IssuerId issuer = savedIssuer().id();
        Template alpha = saved(TestData.published(issuer, TemplateDetails.titled("Alpha").build()));
        write(() -> store.templates().update(alpha.edit(TemplateDetails.titled("Zeta, embargoed").build(), at(60))));
        saved(TestData.published(issuer, TemplateDetails.titled("Beta").build()));

        Page<Template> first = read(() -> store.templates().find(publicQuery(issuer, Set.of(), SortDirection.ASC),
                PageRequest.first(1)));

        assertThat(first.next()).get().extracting(cursor -> cursor.key()).isEqualTo("Alpha");
    }

    private static TemplateQuery publicQuery(IssuerId issuer, Set<CategoryId> categories, SortDirection direction) {
        return new TemplateQuery(Optional.of(issuer), categories, Optional.empty(), TimeWindow.ALWAYS, Optional.empty(),
                TemplateSort.NAME, direction, true);
    }
}
