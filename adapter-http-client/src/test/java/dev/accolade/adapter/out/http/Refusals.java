package dev.accolade.adapter.out.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accolade.domain.error.DomainException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the refusals of outbound requests. */
final class Refusals {

    private Refusals() {
    }

    /** Asserts the call is refused with a domain exception of this code; returns the refusal. */
    static DomainException assertRefused(ThrowingCallable call, String code) {
        DomainException refusal = catchThrowableOfType(DomainException.class, call);
        assertThat(refusal).as("refusal").isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
        return refusal;
    }
}
