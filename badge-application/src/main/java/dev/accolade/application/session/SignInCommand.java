package dev.accolade.application.session;

import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.member.PasswordPolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * Sign in with email and password.
 *
 * @param email the email address
 * @param password the password
 */
public record SignInCommand(@NotBlank @Size(max = EmailAddress.MAX_LENGTH) String email,
        @NotEmpty @Size(max = PasswordPolicy.MAX_LENGTH) String password) {

    @Override
    public String toString() {
        return "SignInCommand[" + email + "]";
    }
}
