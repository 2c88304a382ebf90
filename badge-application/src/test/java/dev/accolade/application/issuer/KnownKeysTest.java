package dev.accolade.application.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.issuer.ApiKeyService.KnownKeys;
import dev.accolade.application.usecase.TestClock;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.issuer.ApiKey;
import dev.accolade.domain.issuer.ApiKeyId;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The short-lived memory of active API keys: what it answers, for how long, and what makes it forget. */
class KnownKeysTest {

    private static final String SECRET = "acc_" + "k".repeat(40);

    private final AtomicLong ids = new AtomicLong();
    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final KnownKeys known = new KnownKeys(clock);
    private final Issuer issuer = Issuer.create(new IssuerId(7), new IssuerSlug("demo"), "Demo", Optional.empty(),
            clock.peek());

    @Test
    void a_remembered_key_answers_its_issuer_for_its_secret_only() {
        known.remember(known.generation(), key(SECRET), issuer);

        assertThat(known.issuerOf(SecretHash.of(SECRET), SECRET)).contains(issuer);
        assertThat(known.issuerOf(SecretHash.of(numbered(1)), numbered(1))).isEmpty();
        assertThat(known.issuerOf(SecretHash.of(SECRET), numbered(1))).isEmpty();
    }

    @Test
    void an_entry_ends_after_its_lifetime() {
        known.remember(known.generation(), key(SECRET), issuer);

        clock.advance(KnownKeys.LIFETIME.minusMillis(10));
        assertThat(known.issuerOf(SecretHash.of(SECRET), SECRET)).contains(issuer);
        clock.advance(Duration.ofMillis(10));
        assertThat(known.issuerOf(SecretHash.of(SECRET), SECRET)).isEmpty();
    }

    @Test
    void forgetting_drops_every_key_and_refuses_a_look_up_begun_before() {
        long before = known.generation();
        known.remember(before, key(SECRET), issuer);

        known.forget();
        known.remember(before, key("acc_" + "m".repeat(40)), issuer);

        assertThat(known.issuerOf(SecretHash.of(SECRET), SECRET)).isEmpty();
        assertThat(known.issuerOf(SecretHash.of("acc_" + "m".repeat(40)), "acc_" + "m".repeat(40))).isEmpty();
    }

    @Test
    void a_revoked_key_is_never_remembered() {
        known.remember(known.generation(), key(SECRET).revoke(clock.now()), issuer);

        assertThat(known.issuerOf(SecretHash.of(SECRET), SECRET)).isEmpty();
    }

    @Test
    void a_full_memory_starts_again_rather_than_grow() {
        for (int n = 0; n < KnownKeys.CAPACITY; n++) {
            known.remember(known.generation(), key(numbered(n)), issuer);
        }
        known.remember(known.generation(), key(SECRET), issuer);

        assertThat(known.issuerOf(SecretHash.of(numbered(0)), numbered(0))).isEmpty();
        assertThat(known.issuerOf(SecretHash.of(SECRET), SECRET)).contains(issuer);
    }

    private static String numbered(int n) {
        return "acc_%040d".formatted(n);
    }

    private ApiKey key(String secret) {
        return ApiKey.issue(new ApiKeyId(ids.incrementAndGet()), issuer.id(), null, secret, clock.peek());
    }
}
