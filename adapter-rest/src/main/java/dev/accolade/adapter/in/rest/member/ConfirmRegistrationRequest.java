package dev.accolade.adapter.in.rest.member;

import dev.accolade.adapter.in.rest.input.Requests;
import dev.accolade.application.member.ConfirmRegistrationCommand;

/**
 * The body of {@code POST /v1/members/confirmations}.
 *
 * @param token the confirmation token given at registration
 */
public record ConfirmRegistrationRequest(String token) {

    /** The command; a 400 when the token is missing. */
    public ConfirmRegistrationCommand toCommand() {
        return new ConfirmRegistrationCommand(Requests.required(token, "token"));
    }

    @Override
    public String toString() {
        return "ConfirmRegistrationRequest[…]";
    }
}
