package dev.accolade.application.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.member.PasswordHash;
import org.junit.jupiter.api.Test;

/** Passwords are salted, slow to derive, and checked against the cost stored with each hash. */
class Pbkdf2PasswordHasherTest {

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1_000);

    @Test
    void a_hash_matches_its_password_and_no_other() {
        PasswordHash hash = hasher.hash("correct horse battery");

        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
        assertThat(hash.encoded()).startsWith("pbkdf2-sha256$1000$").doesNotContain("correct");
    }

    @Test
    void the_same_password_hashes_differently_each_time() {
        assertThat(hasher.hash("same password")).isNotEqualTo(hasher.hash("same password"));
    }

    @Test
    void a_hash_made_at_another_cost_still_matches() {
        PasswordHash older = new Pbkdf2PasswordHasher(500).hash("correct horse battery");

        assertThat(hasher.matches("correct horse battery", older)).isTrue();
    }

    @Test
    void a_malformed_or_foreign_hash_never_matches() {
        for (String encoded : new String[] {"bcrypt$2a$10$abc", "pbkdf2-sha256$x$AAAA$AAAA",
                "pbkdf2-sha256$0$AAAA$AAAA", "pbkdf2-sha256$1000$!!$AAAA", "plain"}) {
            assertThat(hasher.matches("anything", new PasswordHash(encoded))).as(encoded).isFalse();
        }
    }

    @Test
    void the_default_cost_is_owasps() {
        assertThat(Pbkdf2PasswordHasher.DEFAULT_ITERATIONS).isEqualTo(600_000);
    }
}
