package dev.accolade.application.request;

import dev.accolade.domain.request.AwardRequest;

/** A member applies to be awarded a template; its issuer answers. */
public interface RequestAwardUseCase {

    /** The pending request; {@code request_already_pending} or {@code already_awarded} when pointless. */
    AwardRequest requestAward(RequestAwardCommand command);
}
