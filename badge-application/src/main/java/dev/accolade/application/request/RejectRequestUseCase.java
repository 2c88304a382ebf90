package dev.accolade.application.request;

import dev.accolade.domain.request.AwardRequest;

/** The template's issuer declines a request. */
public interface RejectRequestUseCase {

    /** The rejected request; {@code request_already_answered} the second time. */
    AwardRequest rejectRequest(RejectRequestCommand command);
}
