package dev.accolade.adapter.in.rest.member;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.adapter.in.rest.input.Requests;
import dev.accolade.application.session.SignInCommand;

/**
 * The body of {@code POST /v1/sessions}.
 *
 * @param email the email address
 * @param password the password
 */
public record SignInRequest(String email, String password) {

    /** The command for a sign-in from this client address; a 400 when a parameter is missing. */
    public SignInCommand toCommand(String clientAddress) {
        if (password == null || password.isEmpty()) {
            throw RequestRejected.missingParameter("password");
        }
        return new SignInCommand(Requests.required(email, "email"), password, clientAddress);
    }

    @Override
    public String toString() {
        return "SignInRequest[" + email + "]";
    }
}
