package dev.accolade.application.member;

import dev.accolade.domain.member.Member;

/**
 * Confirms a registration: the member claims its id and email, and every offer and award waiting
 * for those identities reaches it.
 */
public interface ConfirmRegistrationUseCase {

    /** The confirmed member; {@code confirmation_token_invalid} for an unknown token. */
    Member confirmRegistration(ConfirmRegistrationCommand command);
}
