package dev.accolade.application.port.out.request;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.request.AwardRequestId;
import dev.accolade.domain.template.TemplateId;
import java.util.Optional;

/**
 * Stores requests to be awarded; a member has at most one pending request per template
 * ({@code request_already_pending}).
 */
public interface AwardRequestRepository {

    /** Adds a new request. */
    void insert(AwardRequest request);

    /** Replaces a stored request. */
    void update(AwardRequest request);

    /** The request with this id. */
    Optional<AwardRequest> findById(AwardRequestId id);

    /** The member's pending request for the template. */
    Optional<AwardRequest> findPending(TemplateId template, MemberId applicant);

    /** One page of the requests a query selects, newest first. */
    Page<AwardRequest> find(RequestQuery query, PageRequest page);

    /** Removes every request for a template. */
    void deleteByTemplate(TemplateId template);
}
