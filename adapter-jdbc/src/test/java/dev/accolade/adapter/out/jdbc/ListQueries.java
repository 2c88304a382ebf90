package dev.accolade.adapter.out.jdbc;

import static dev.accolade.adapter.out.jdbc.IndexUse.narrowedBy;
import static dev.accolade.adapter.out.jdbc.IndexUse.narrowedInOrder;
import static dev.accolade.adapter.out.jdbc.IndexUse.narrowedOrOrdered;
import static dev.accolade.adapter.out.jdbc.IndexUse.ordered;
import static dev.accolade.application.paging.TimeWindow.ALWAYS;

import dev.accolade.application.paging.AwardSort;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TemplateSort;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.out.award.AwardQuery;
import dev.accolade.application.port.out.offer.OfferQuery;
import dev.accolade.application.port.out.request.RequestQuery;
import dev.accolade.application.port.out.template.TemplateQuery;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.offer.OfferStatus;
import dev.accolade.domain.request.RequestStatus;
import dev.accolade.domain.template.TemplateStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Every list query the repositories run: each filter the use cases combine, in every sort and direction,
 * with what an index must do for it. Where an index exists for a list's filter and order together the
 * plan must narrow by the filter; awards by id, awards of several issuers and templates in a category
 * have no such index, so an index that delivers their order serves them too.
 */
final class ListQueries {

    private static final Optional<OfferStatus> ANY_OFFER = Optional.empty();
    private static final Optional<RequestStatus> ANY_REQUEST = Optional.empty();

    private ListQueries() {
    }

    /** All of them, on a first page and after a cursor. */
    static Stream<ListQuery> all() {
        return Stream.of(issuers(), templates(), awards(), offers(), requests(), deliveries())
                .flatMap(Function.identity());
    }

    private static Stream<ListQuery> issuers() {
        return ListQuery.bothPages("issuers", "issuer", ordered(),
                (db, page) -> read(db, () -> db.store().issuers().list(page)));
    }

    private static Stream<ListQuery> templates() {
        IndexUse byIssuer = narrowedBy("template", "issuer_id");
        IndexUse byCategory = narrowedOrOrdered("template_category", "category_id");
        return Stream.of(
                templates("public templates", ordered(), (db, sort) -> public_(db, sort, false, Set.of())),
                templates("an issuer's public templates", byIssuer, (db, sort) -> public_(db, sort, true, Set.of())),
                templates("public templates in a category", byCategory,
                        (db, sort) -> public_(db, sort, false, Set.of(db.category()))),
                templates("an issuer's public templates in a category", byIssuer,
                        (db, sort) -> public_(db, sort, true, Set.of(db.category()))),
                templates("an issuer's templates", byIssuer, (db, sort) -> managed(db, sort, true, null, Set.of())),
                templates("an issuer's templates in review", byIssuer,
                        (db, sort) -> managed(db, sort, true, TemplateStatus.PENDING_REVIEW, Set.of())),
                templates("an issuer's published templates", byIssuer,
                        (db, sort) -> managed(db, sort, true, TemplateStatus.PUBLISHED, Set.of())),
                templates("an issuer's templates in a category", byIssuer,
                        (db, sort) -> managed(db, sort, true, null, Set.of(db.category()))),
                templates("an issuer's templates made before the first award", byIssuer,
                        (db, sort) -> new TemplateQuery(Optional.of(db.issuer()), Set.of(), Optional.empty(),
                                TimeWindow.between(null, db.firstAward()), Optional.empty(), sort.key(),
                                sort.direction(), false)),
                templates("an issuer's templates with a title search", byIssuer,
                        (db, sort) -> new TemplateQuery(Optional.of(db.issuer()), Set.of(), Optional.empty(), ALWAYS,
                                Optional.of(db.titleSearch()), sort.key(), sort.direction(), false)),
                templates("an issuer's public templates with a title search", byIssuer,
                        (db, sort) -> new TemplateQuery(Optional.of(db.issuer()), Set.of(), Optional.empty(), ALWAYS,
                                Optional.of(db.titleSearch()), sort.key(), sort.direction(), true)),
                templates("every template", ordered(), (db, sort) -> managed(db, sort, false, null, Set.of())),
                templates("every template in review", ordered(),
                        (db, sort) -> managed(db, sort, false, TemplateStatus.PENDING_REVIEW, Set.of())))
                .flatMap(Function.identity());
    }

    /** Templates as the public lists them: only those with a live version, by their live titles and categories. */
    private static TemplateQuery public_(PlanTestDatabase db, Sorted<TemplateSort> sort, boolean ofIssuer,
            Set<CategoryId> categories) {
        return new TemplateQuery(ofIssuer ? Optional.of(db.issuer()) : Optional.empty(), categories,
                Optional.of(TemplateStatus.PUBLISHED), ALWAYS, Optional.empty(), sort.key(), sort.direction(), true);
    }

    /** Templates as their issuer or an operator lists them. */
    private static TemplateQuery managed(PlanTestDatabase db, Sorted<TemplateSort> sort, boolean ofIssuer,
            TemplateStatus status, Set<CategoryId> categories) {
        return new TemplateQuery(ofIssuer ? Optional.of(db.issuer()) : Optional.empty(), categories,
                Optional.ofNullable(status), ALWAYS, Optional.empty(), sort.key(), sort.direction(), false);
    }

    private static Stream<ListQuery> templates(String name, IndexUse use,
            BiFunction<PlanTestDatabase, Sorted<TemplateSort>, TemplateQuery> selection) {
        return Sorted.every(TemplateSort.values()).flatMap(sort -> ListQuery.bothPages(name + " by " + sort,
                "template", use, (db, page) -> read(db, () -> db.store().templates()
                        .find(selection.apply(db, sort), page))));
    }

    private static Stream<ListQuery> awards() {
        return Stream.of(
                awards("a member's awards", "holder_id", db -> AwardQuery.all().withHolder(db.member())),
                awards("an identity's awards", "recipient_key",
                        db -> AwardQuery.all().withRecipient(db.unclaimedRecipient())),
                awards("an issuer's awards", "issuer_id", db -> AwardQuery.all().withIssuers(Set.of(db.issuer()))),
                awards("a template's awards", "template_id", db -> AwardQuery.all().withTemplate(db.template())),
                awards("a member's awards in a category", "holder_id",
                        db -> AwardQuery.all().withHolder(db.member()).withCategories(Set.of(db.category()))),
                awards("an identity's awards in a category", "recipient_key", db -> AwardQuery.all()
                        .withRecipient(db.unclaimedRecipient()).withCategories(Set.of(db.category()))),
                awards("an issuer's awards in a category", "issuer_id", db -> AwardQuery.all()
                        .withIssuers(Set.of(db.issuer())).withCategories(Set.of(db.category()))),
                awards("a member's new awards", "holder_id",
                        db -> AwardQuery.all().withHolder(db.member()).newOnly(true)),
                awards("a member's awards in a time span", "holder_id", db -> AwardQuery.all()
                        .withHolder(db.member()).awardedWithin(
                                TimeWindow.between(db.firstAward().plus(Duration.ofHours(12)),
                                        db.firstAward().plus(Duration.ofHours(36))))),
                awards("an issuer's awards in a time span", "issuer_id",
                        db -> AwardQuery.all().withIssuers(Set.of(db.issuer())).awardedWithin(db.span())),
                awards("a member's awards with a title search", "holder_id",
                        db -> AwardQuery.all().withHolder(db.member()).titled(db.titleSearch())),
                awards("an issuer's awards with a title search", "issuer_id",
                        db -> AwardQuery.all().withIssuers(Set.of(db.issuer())).titled(db.titleSearch())),
                awards("an issuer's awards, revoked too", "issuer_id",
                        db -> AwardQuery.all().withIssuers(Set.of(db.issuer())).includingRevoked(true)),
                Sorted.every(AwardSort.values()).flatMap(sort -> awards("two issuers' awards", sort,
                        narrowedOrOrdered("award", "issuer_id"),
                        db -> AwardQuery.all().withIssuers(Set.of(db.issuer(), db.otherIssuer())))))
                .flatMap(Function.identity());
    }

    /**
     * A list of awards narrowed by a column, in every order: by time an index on (column, time, id) serves
     * it, narrowed and in order, so that a page of a million awards reads its own rows; by id none does, so
     * an index in id order serves it too; by title it must be narrowed.
     */
    private static Stream<ListQuery> awards(String name, String column,
            Function<PlanTestDatabase, AwardQuery> selection) {
        return Sorted.every(AwardSort.values()).flatMap(sort -> awards(name, sort,
                awardIndexUse(sort.key(), column),
                selection));
    }

    private static IndexUse awardIndexUse(AwardSort sort, String column) {
        return switch (sort) {
            case ID -> narrowedOrOrdered("award", column);
            case AWARDED -> narrowedInOrder("award", column);
            default -> narrowedBy("award", column);
        };
    }

    private static Stream<ListQuery> awards(String name, Sorted<AwardSort> sort, IndexUse use,
            Function<PlanTestDatabase, AwardQuery> selection) {
        return ListQuery.bothPages(name + " by " + sort, "award", use, (db, page) -> read(db,
                () -> db.store().awards().find(selection.apply(db).sortedBy(sort.key(), sort.direction()), page)));
    }

    private static Stream<ListQuery> offers() {
        return Stream.of(
                offers("an issuer's offers", narrowedBy("offer", "issuer_id"),
                        db -> new OfferQuery(Optional.of(db.issuer()), Optional.empty(), ANY_OFFER, ALWAYS)),
                offers("an issuer's pending offers", narrowedBy("offer", "issuer_id"), db -> new OfferQuery(
                        Optional.of(db.issuer()), Optional.empty(), Optional.of(OfferStatus.PENDING), ALWAYS)),
                offers("a member's offers", narrowedBy("offer", "holder_id"),
                        db -> new OfferQuery(Optional.empty(), Optional.of(db.member()), ANY_OFFER, ALWAYS)),
                offers("a member's pending offers", narrowedBy("offer", "holder_id"), db -> new OfferQuery(
                        Optional.empty(), Optional.of(db.member()), Optional.of(OfferStatus.PENDING), ALWAYS)),
                offers("an issuer's offers in a time span", narrowedBy("offer", "issuer_id"),
                        db -> new OfferQuery(Optional.of(db.issuer()), Optional.empty(), ANY_OFFER, db.span())),
                offers("a member's offers in a time span", narrowedBy("offer", "holder_id"),
                        db -> new OfferQuery(Optional.empty(), Optional.of(db.member()), ANY_OFFER, db.span())),
                offers("every pending offer", ordered(), db -> new OfferQuery(Optional.empty(), Optional.empty(),
                        Optional.of(OfferStatus.PENDING), ALWAYS)))
                .flatMap(Function.identity());
    }

    private static Stream<ListQuery> offers(String name, IndexUse use,
            Function<PlanTestDatabase, OfferQuery> selection) {
        return ListQuery.bothPages(name, "offer", use,
                (db, page) -> read(db, () -> db.store().offers().find(selection.apply(db), page)));
    }

    private static Stream<ListQuery> requests() {
        return Stream.of(
                requests("an issuer's requests", narrowedBy("award_request", "issuer_id"),
                        db -> new RequestQuery(Optional.of(db.issuer()), Optional.empty(), ANY_REQUEST, ALWAYS)),
                requests("an issuer's pending requests", narrowedBy("award_request", "issuer_id"),
                        db -> new RequestQuery(Optional.of(db.issuer()), Optional.empty(),
                                Optional.of(RequestStatus.PENDING), ALWAYS)),
                requests("a member's requests", narrowedBy("award_request", "applicant_id"),
                        db -> new RequestQuery(Optional.empty(), Optional.of(db.member()), ANY_REQUEST, ALWAYS)),
                requests("a member's pending requests", narrowedBy("award_request", "applicant_id"),
                        db -> new RequestQuery(Optional.empty(), Optional.of(db.member()),
                                Optional.of(RequestStatus.PENDING), ALWAYS)),
                requests("an issuer's requests in a time span", narrowedBy("award_request", "issuer_id"),
                        db -> new RequestQuery(Optional.of(db.issuer()), Optional.empty(), ANY_REQUEST, db.span())),
                requests("a member's requests in a time span", narrowedBy("award_request", "applicant_id"),
                        db -> new RequestQuery(Optional.empty(), Optional.of(db.member()), ANY_REQUEST, db.span())),
                requests("every pending request", ordered(), db -> new RequestQuery(Optional.empty(),
                        Optional.empty(), Optional.of(RequestStatus.PENDING), ALWAYS)))
                .flatMap(Function.identity());
    }

    private static Stream<ListQuery> requests(String name, IndexUse use,
            Function<PlanTestDatabase, RequestQuery> selection) {
        return ListQuery.bothPages(name, "award_request", use,
                (db, page) -> read(db, () -> db.store().requests().find(selection.apply(db), page)));
    }

    private static Stream<ListQuery> deliveries() {
        return ListQuery.bothPages("an endpoint's deliveries", "delivery", narrowedBy("delivery", "endpoint_id"),
                (db, page) -> read(db, () -> db.store().deliveries().findByEndpoint(db.endpoint(), page)));
    }

    private static Page<?> read(PlanTestDatabase db, Supplier<Page<?>> list) {
        return db.store().transactions().readOnly(list);
    }

    /**
     * A sort key with a direction.
     *
     * @param key the sort key
     * @param direction the direction
     * @param <K> the type of the sort keys
     */
    private record Sorted<K>(K key, SortDirection direction) {

        /** Every key in both directions. */
        static <K> Stream<Sorted<K>> every(K[] keys) {
            return Arrays.stream(keys).flatMap(key -> Arrays.stream(SortDirection.values())
                    .map(direction -> new Sorted<>(key, direction)));
        }

        @Override
        public String toString() {
            return key + " " + direction;
        }
    }
}
