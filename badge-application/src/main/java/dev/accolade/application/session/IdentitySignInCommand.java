package dev.accolade.application.session;

import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.member.PasswordPolicy;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * Sign in as the member an identity names: its id, its email address, or a handle it claimed.
 *
 * @param identity the identity
 * @param password the member's password
 * @param clientAddress where the attempt comes from as the inbound adapter tells it, which the sign-in
 *     throttle counts failures by; null when unknown
 */
public record IdentitySignInCommand(@NotNull Identity identity,
        @NotEmpty @Size(max = PasswordPolicy.MAX_LENGTH) String password,
        @Size(max = SignInCommand.MAX_ADDRESS_LENGTH) String clientAddress) {

    /** Sign in from an address the caller does not know, as an embedding application may. */
    public IdentitySignInCommand(Identity identity, String password) {
        this(identity, password, null);
    }

    /** The client address, when the caller gave one. */
    public Optional<String> address() {
        return Optional.ofNullable(clientAddress).filter(address -> !address.isBlank());
    }

    @Override
    public String toString() {
        return "IdentitySignInCommand[" + identity.key() + "]";
    }
}
