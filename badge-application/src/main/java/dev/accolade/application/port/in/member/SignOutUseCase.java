package dev.accolade.application.port.in.member;

/** Ends a session so its token no longer works. */
public interface SignOutUseCase {

    /** Ends the session; no-op for an unknown token. */
    void signOut(String token);
}
