package dev.accolade.application.session;

/** The session feature: members sign in and out, and a session's token names its member. */
public interface Sessions extends SignInUseCase, SignOutUseCase, AuthenticateMemberUseCase {
}
