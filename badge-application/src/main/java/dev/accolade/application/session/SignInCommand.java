package dev.accolade.application.session;

import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.member.PasswordPolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * Sign in with email and password.
 *
 * @param email the email address
 * @param password the password
 * @param clientAddress where the attempt comes from as the inbound adapter tells it (an IP address, or the
 *     prefix standing for a block of them), which the sign-in throttle counts failures by; null when unknown
 */
public record SignInCommand(@NotBlank @Size(max = EmailAddress.MAX_LENGTH) String email,
        @NotEmpty @Size(max = PasswordPolicy.MAX_LENGTH) String password,
        @Size(max = SignInCommand.MAX_ADDRESS_LENGTH) String clientAddress) {

    /** The longest client address taken. */
    public static final int MAX_ADDRESS_LENGTH = 64;

    /** Sign in from an address the caller does not know, as an embedding application may. */
    public SignInCommand(String email, String password) {
        this(email, password, null);
    }

    /** The client address, when the caller gave one. */
    public Optional<String> address() {
        return Optional.ofNullable(clientAddress).filter(address -> !address.isBlank());
    }

    @Override
    public String toString() {
        return "SignInCommand[" + email + "]";
    }
}
