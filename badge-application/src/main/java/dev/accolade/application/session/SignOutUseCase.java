package dev.accolade.application.session;

/** Ends a session so its token no longer works. */
public interface SignOutUseCase {

    /** Ends the session; no-op for an unknown token. */
    void signOut(String token);
}
