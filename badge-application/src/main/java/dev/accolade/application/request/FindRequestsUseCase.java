package dev.accolade.application.request;

import dev.accolade.application.paging.Page;
import dev.accolade.domain.request.AwardRequest;

/** Lists requests to be awarded, newest first. */
public interface FindRequestsUseCase {

    /** One page of requests. */
    Page<AwardRequest> findRequests(FindRequestsQuery query);
}
