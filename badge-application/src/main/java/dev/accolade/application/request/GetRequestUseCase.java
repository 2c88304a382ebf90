package dev.accolade.application.request;

import dev.accolade.domain.request.AwardRequest;

/** Reads a request: its applicant, the template's issuer and the operator may. */
public interface GetRequestUseCase {

    /** The request, or {@code request_not_found}. */
    AwardRequest getRequest(RequestReference query);
}
