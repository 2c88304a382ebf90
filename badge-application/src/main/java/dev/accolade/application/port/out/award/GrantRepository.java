package dev.accolade.application.port.out.award;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.domain.award.Granted;

/**
 * Awards and offers read as one list, as badge services that know no difference between them show
 * them: the live awards and the offers not accepted (an accepted offer is listed as its award).
 */
public interface GrantRepository {

    /**
     * One page of the list, newest first (by award or offer time; at the same time an award before an
     * offer, then by id), from the rows the page skips; with the size of the whole list when the page is
     * counted. Pages by position only: a request with a cursor is a programming error.
     */
    Page<Granted> find(GrantQuery query, PageRequest page);
}
