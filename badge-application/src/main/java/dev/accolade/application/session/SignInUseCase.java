package dev.accolade.application.session;

/** Signs a member in with email and password, giving a token. */
public interface SignInUseCase {

    /** The session; {@code invalid_credentials} for any wrong email or password alike. */
    SignedIn signIn(SignInCommand command);
}
