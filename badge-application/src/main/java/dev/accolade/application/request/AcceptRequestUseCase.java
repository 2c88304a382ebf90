package dev.accolade.application.request;

import dev.accolade.domain.award.AwardOutcome;

/** The template's issuer grants a request, which makes the award. */
public interface AcceptRequestUseCase {

    /** {@code Awarded}, or {@code AlreadyAwarded} when the applicant already holds a non-repeatable template. */
    AwardOutcome acceptRequest(RequestReference command);
}
