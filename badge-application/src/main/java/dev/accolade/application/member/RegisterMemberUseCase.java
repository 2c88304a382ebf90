package dev.accolade.application.member;

/** Registers a person; the registration counts once it is confirmed (at once in the sandbox). */
public interface RegisterMemberUseCase {

    /** The registration; {@code email_taken} when the address is registered already. */
    Registration registerMember(RegisterMemberCommand command);
}
