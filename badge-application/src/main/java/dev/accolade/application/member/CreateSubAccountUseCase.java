package dev.accolade.application.member;

/** Registers a sub-account of a member, confirmed like any other registration. */
public interface CreateSubAccountUseCase {

    /** The registration of the sub-account. */
    Registration createSubAccount(CreateSubAccountCommand command);
}
