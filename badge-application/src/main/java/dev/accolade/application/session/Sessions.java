package dev.accolade.application.session;

/**
 * The session feature: members sign in (by email, or by any identity they hold) and out, and a
 * session's token names its member.
 */
public interface Sessions extends SignInUseCase, SignInByIdentityUseCase, SignOutUseCase, AuthenticateMemberUseCase {
}
