package dev.accolade.application.port.out.request;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.TimeWindow;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.request.RequestStatus;
import java.util.Optional;

/**
 * Which requests to list, newest first.
 *
 * @param issuer only requests for this issuer's templates, when present
 * @param applicant only this member's requests, when present
 * @param status only requests in this status, when present
 * @param created only requests made within this window
 */
public record RequestQuery(Optional<IssuerId> issuer, Optional<MemberId> applicant, Optional<RequestStatus> status,
        TimeWindow created) {

    /** Checks every part is present. */
    public RequestQuery {
        requireNonNull(issuer, "issuer");
        requireNonNull(applicant, "applicant");
        requireNonNull(status, "status");
        requireNonNull(created, "created");
    }
}
