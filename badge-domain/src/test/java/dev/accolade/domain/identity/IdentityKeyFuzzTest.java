package dev.accolade.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes identity keys, which clients send in paths, queries and bodies: any text either names an
 * identity whose canonical key is that same text, or is refused as invalid input, never anything else.
 */
class IdentityKeyFuzzTest {

    @Property(tries = 3000)
    void a_key_parses_to_itself_or_is_invalid_input(@ForAll("keys") String key) {
        Throwable failure = catchThrowable(() -> assertThat(Identity.parse(key).key()).isEqualTo(key));

        if (failure != null) {
            assertThat(failure).isInstanceOf(DomainException.class);
            assertThat(((DomainException) failure).category()).isEqualTo(ErrorCategory.INVALID);
        }
    }

    @Property(tries = 1000)
    void an_email_address_is_valid_or_invalid_input(@ForAll("addresses") String address) {
        Throwable failure = catchThrowable(() -> new EmailAddress(address));

        if (failure != null) {
            assertThat(failure).isInstanceOf(DomainException.class);
            assertThat(((DomainException) failure).category()).isEqualTo(ErrorCategory.INVALID);
        }
    }

    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> prefix = Arbitraries.of("member:", "email:", "handle:", "Handle:", "", ":", "member::");
        Arbitrary<String> rest = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of("9223372036854775808", "-1", "0", "1e3", "minecraft/Steve", "/", "a/b/c",
                        "Minecraft/x", "ada@example.org", "ADA@EXAMPLE.ORG", " ada@example.org", "mc:java/Steve",
                        "x".repeat(600), "a\u0000b/c", "a/\u0000"));
        return Arbitraries.oneOf(Combinators.combine(prefix, rest).as(String::concat),
                Arbitraries.strings().all().ofMaxLength(80));
    }

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> part = Arbitraries.strings().all().ofMaxLength(70);
        return Arbitraries.oneOf(Combinators.combine(part, part).as((local, domain) -> local + "@" + domain),
                Arbitraries.strings().withChars("a@.\u0000 é").ofMaxLength(140));
    }
}
