package dev.accolade.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.paging.Cursor;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.category.Category;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateDetails;
import dev.accolade.domain.testdata.TestData;
import dev.accolade.domain.webhook.WebhookEndpoint;
import dev.accolade.domain.webhook.WebhookEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every store contract: a fresh, empty store per test, units of work run as the services
 * run them, parents stored before their children, and a walker over keyset pages.
 *
 * <p>Every write runs inside {@code inTransaction} and every read inside {@code readOnly}, as the
 * services do, so a store need not support calls outside a unit of work. Ids come from
 * {@link TestData#nextId()}, never from an assumption about where a store starts counting.
 */
public abstract class StoreContract {

    /** The page sizes every paged list is walked with: one by one, small, and all at once. */
    protected static final List<Integer> PAGE_SIZES = List.of(1, 2, 3, PageRequest.MAX_LIMIT);

    private static final int MAX_PAGES = 1_000;

    /** The store under test, new and empty for each test. */
    protected StorePorts store;

    /** A new, empty store; called before every test. */
    protected abstract StorePorts newStore();

    /** Releases a store once its test is over; nothing by default. */
    protected void closeStore(StorePorts used) {
    }

    @BeforeEach
    void openFreshStore() {
        store = newStore();
    }

    @AfterEach
    void releaseStore() {
        closeStore(store);
    }

    /** Runs work in one writing unit of work and returns its result. */
    protected <T> T inTransaction(Supplier<T> work) {
        return store.transactions().inTransaction(work);
    }

    /** Runs writes in one unit of work. */
    protected void write(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Runs a query in a read-only unit of work. */
    protected <T> T read(Supplier<T> query) {
        return store.transactions().readOnly(query);
    }

    /** Stores a member and returns it. */
    protected Member saved(Member member) {
        write(() -> store.members().insert(member));
        return member;
    }

    /** Stores an issuer and returns it. */
    protected Issuer saved(Issuer issuer) {
        write(() -> store.issuers().insert(issuer));
        return issuer;
    }

    /** Stores a category and returns it. */
    protected Category saved(Category category) {
        write(() -> store.categories().insert(category));
        return category;
    }

    /** Stores a template, whose issuer and categories are stored already, and returns it. */
    protected Template saved(Template template) {
        write(() -> store.templates().insert(template));
        return template;
    }

    /** Stores an offer, whose template and holder are stored already, and returns it. */
    protected Offer saved(Offer offer) {
        write(() -> store.offers().insert(offer));
        return offer;
    }

    /** Stores a request, whose template and applicant are stored already, and returns it. */
    protected AwardRequest saved(AwardRequest request) {
        write(() -> store.requests().insert(request));
        return request;
    }

    /** Stores an award, whose template and holder are stored already, and returns it. */
    protected Award saved(Award award) {
        write(() -> store.awards().insert(award));
        return award;
    }

    /** Stores a webhook endpoint, whose issuer is stored already, and returns it. */
    protected WebhookEndpoint saved(WebhookEndpoint endpoint) {
        write(() -> store.webhooks().insert(endpoint));
        return endpoint;
    }

    /** A stored webhook endpoint of a new issuer, for award events, with a secret sealed by no one. */
    protected WebhookEndpoint savedEndpoint() {
        return saved(ContractData.webhookEndpoint(savedIssuer().id(),
                Set.of(WebhookEvent.AWARD_GRANTED, WebhookEvent.AWARD_REVOKED), ContractData.sealedSecret(),
                ContractData.at(1)));
    }

    /** A stored, confirmed member. */
    protected Member savedMember() {
        return saved(TestData.member());
    }

    /** A stored issuer. */
    protected Issuer savedIssuer() {
        return saved(TestData.issuer());
    }

    /** A stored root category. */
    protected Category savedCategory() {
        return saved(TestData.category());
    }

    /** A stored, published, non-repeatable template of an issuer. */
    protected Template savedTemplate(IssuerId issuer) {
        return saved(TestData.published(issuer));
    }

    /** A stored, published, repeatable template of an issuer. */
    protected Template savedRepeatableTemplate(IssuerId issuer) {
        return saved(TestData.published(issuer, TestData.details().repeatable(true).build()));
    }

    /** A stored, published template of an issuer with given content. */
    protected Template savedTemplate(IssuerId issuer, TemplateDetails details) {
        return saved(TestData.published(issuer, details));
    }

    /**
     * Every item of a paged list, read page by page with the cursor each page returns (passed through
     * its opaque token, as clients pass it back). Checks that no page exceeds the limit, that a page
     * followed by another is full, that only a lone first page may be empty, and that the walk ends.
     */
    protected <T> List<T> walk(int limit, Function<PageRequest, Page<T>> list) {
        List<T> items = new ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        for (int number = 1; number <= MAX_PAGES; number++) {
            PageRequest current = request;
            Page<T> page = read(() -> list.apply(current));
            assertThat(page.items()).as("page %d of size %d", number, limit).hasSizeLessThanOrEqualTo(limit);
            if (number > 1) {
                assertThat(page.items()).as("page %d, announced by the cursor of the page before", number)
                        .isNotEmpty();
            }
            items.addAll(page.items());
            if (page.next().isEmpty()) {
                return items;
            }
            assertThat(page.items()).as("page %d, followed by another", number).hasSize(limit);
            request = PageRequest.after(Cursor.decode(page.next().get().encode()), limit);
        }
        throw new AssertionError("the list did not end within " + MAX_PAGES + " pages");
    }

    /** Asserts that walking a paged list with every page size yields exactly these items in this order. */
    protected <T> void assertPages(Function<PageRequest, Page<T>> list, List<T> expected) {
        for (int limit : PAGE_SIZES) {
            assertThat(walk(limit, list)).as("walked with pages of %d", limit).containsExactlyElementsOf(expected);
        }
    }
}
