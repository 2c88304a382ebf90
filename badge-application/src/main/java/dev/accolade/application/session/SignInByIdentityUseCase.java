package dev.accolade.application.session;

/**
 * Signs a member in by any identity it holds and its password, as APIs that name accounts by identity
 * do; every wrong part, an identity nobody holds included, is the same {@code invalid_credentials}.
 */
public interface SignInByIdentityUseCase {

    /** The member and a new session's token. */
    SignedIn signInByIdentity(IdentitySignInCommand command);
}
