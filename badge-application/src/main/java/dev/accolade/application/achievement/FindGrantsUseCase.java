package dev.accolade.application.achievement;

import dev.accolade.application.paging.Page;

/**
 * Lists live awards and unaccepted offers together, newest first, one page read by the store at its
 * position; the member sees its offers without their callbacks.
 */
public interface FindGrantsUseCase {

    /** The page, each with its template, and the size of the whole list when the page asks for it. */
    Page<GrantView> findGrants(FindGrantsQuery query);
}
