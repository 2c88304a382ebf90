package dev.accolade.application.session;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.member.PasswordPolicy;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Sign in as the member an identity names: its id, its email address, or a handle it claimed.
 *
 * @param identity the identity
 * @param password the member's password
 */
public record IdentitySignInCommand(@NotNull Identity identity,
        @NotEmpty @Size(max = PasswordPolicy.MAX_LENGTH) String password) {

    @Override
    public String toString() {
        return "IdentitySignInCommand[" + identity.key() + "]";
    }
}
