package dev.accolade.domain.identity;

import dev.accolade.domain.common.Check;

/**
 * A recipient named by email address.
 *
 * @param email the normalised address
 */
public record EmailIdentity(EmailAddress email) implements Identity {

    /** Checks the address is present. */
    public EmailIdentity {
        Check.required(email, "email");
    }

    @Override
    public String key() {
        return "email:" + email.value();
    }
}
