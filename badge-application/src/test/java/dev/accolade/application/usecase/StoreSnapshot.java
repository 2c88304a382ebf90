package dev.accolade.application.usecase;

import dev.accolade.application.paging.Cursor;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TemplateSort;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.award.AwardQuery;
import dev.accolade.application.port.out.offer.OfferQuery;
import dev.accolade.application.port.out.request.RequestQuery;
import dev.accolade.application.port.out.template.TemplateQuery;
import dev.accolade.domain.category.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything a store holds that lists can reach, read through its ports, so that a test can show a
 * refused command changed nothing: take one before, one after, and compare.
 *
 * @param contents every issuer, category, template, award, offer and request, in a fixed order
 */
public record StoreSnapshot(List<Object> contents) {

    /** Reads the whole store. */
    public static StoreSnapshot of(StorePorts store) {
        return store.transactions().readOnly(() -> {
            List<Object> all = new ArrayList<>();
            all.addAll(everything(page -> store.issuers().list(page)));
            all.addAll(categories(store, Optional.empty()));
            all.addAll(everything(page -> store.templates().find(new TemplateQuery(Optional.empty(), Set.of(),
                    Optional.empty(), TimeWindow.ALWAYS, Optional.empty(), TemplateSort.ID, SortDirection.ASC, false),
                    page)));
            all.addAll(everything(page -> store.awards().find(AwardQuery.all().includingRevoked(true), page)));
            all.addAll(everything(page -> store.offers().find(
                    new OfferQuery(Optional.empty(), Optional.empty(), Optional.empty(), TimeWindow.ALWAYS), page)));
            all.addAll(everything(page -> store.requests().find(
                    new RequestQuery(Optional.empty(), Optional.empty(), Optional.empty(), TimeWindow.ALWAYS), page)));
            return new StoreSnapshot(all);
        });
    }

    private static List<Category> categories(StorePorts store,
            Optional<dev.accolade.domain.category.CategoryId> parent) {
        List<Category> result = new ArrayList<>();
        for (Category child : store.categories().findChildren(parent)) {
            result.add(child);
            result.addAll(categories(store, Optional.of(child.id())));
        }
        return result;
    }

    private static <T> List<T> everything(Function<PageRequest, Page<T>> list) {
        List<T> all = new ArrayList<>();
        Optional<Cursor> after = Optional.empty();
        do {
            Page<T> page = list.apply(new PageRequest(after, PageRequest.MAX_LIMIT));
            all.addAll(page.items());
            after = page.next();
        } while (after.isPresent());
        return all;
    }
}
