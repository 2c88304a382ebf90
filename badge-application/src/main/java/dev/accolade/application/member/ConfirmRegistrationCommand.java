package dev.accolade.application.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Confirm a registration with the token given at registration.
 *
 * @param token the confirmation token
 */
public record ConfirmRegistrationCommand(@NotBlank @Size(max = 128) String token) {

    @Override
    public String toString() {
        return "ConfirmRegistrationCommand[…]";
    }
}
