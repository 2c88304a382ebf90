package dev.accolade.adapter.out.openbadges.image;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The one way bad input must fail: an {@link IllegalArgumentException} whose message says why. */
final class Refusals {

    private Refusals() {
    }

    /** Asserts the call throws exactly an {@link IllegalArgumentException} whose message contains the text. */
    static void assertRefused(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
