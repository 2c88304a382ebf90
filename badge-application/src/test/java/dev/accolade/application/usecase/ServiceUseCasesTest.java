package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.achievement.RecipientSummary;
import dev.accolade.application.achievement.SummarizeRecipientsQuery;
import dev.accolade.application.award.AwardByNameCommand;
import dev.accolade.application.award.RevokeByNameCommand;
import dev.accolade.application.catalog.NamedTemplateInput;
import dev.accolade.application.catalog.UpsertTemplatesCommand;
import dev.accolade.application.issuer.CreateApiKeyCommand;
import dev.accolade.application.signing.CreatedSigningSecret;
import dev.accolade.application.signing.IssuerCredentials;
import dev.accolade.application.signing.RotateSigningSecretCommand;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Services as badge services know them: signing secrets, authenticated writes, and awards by badge name. */
public abstract class ServiceUseCasesTest extends UseCaseTest {

    private static final String MESSAGE = "PUT\n/v1/demo/users/daniel.json\n%d\n{\"badges\":[\"test\"]}";

    private Issuer demo;
    private final Identity daniel = Identity.handle("userbadges:demo", "daniel");

    @BeforeEach
    void aService() {
        demo = issuer("demo");
    }

    private String rotate(String imported) {
        return accolade.signedRequests().rotateSigningSecret(new RotateSigningSecretCommand(as(demo), demo.id(),
                imported)).secret();
    }

    private long now() {
        return clock.peek().getEpochSecond();
    }

    private static String hmac(String algorithm, String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] message(long ts) {
        return String.format(MESSAGE, ts).getBytes(StandardCharsets.UTF_8);
    }

    private Issuer signed(String service, String secret, String algorithm, long ts) {
        return accolade.signedRequests().authenticateIssuer(IssuerCredentials.signature(service, message(ts), ts,
                hmac(algorithm, secret, message(ts))));
    }

    @Test
    void a_generated_secret_is_long_and_new_each_time_and_only_the_latest_works() {
        String first = rotate(null);
        String second = rotate(null);

        assertThat(first).startsWith("acs_").hasSize(44).isNotEqualTo(second);
        assertRefused(() -> accolade.signedRequests().authenticateIssuer(IssuerCredentials.key("demo", first)),
                "invalid_credentials", ErrorCategory.UNAUTHENTICATED);
        assertThat(accolade.signedRequests().authenticateIssuer(IssuerCredentials.key("demo", second))).isEqualTo(demo);
    }

    @Test
    void the_operator_may_import_a_secret_and_another_issuer_may_not_set_one() {
        Issuer other = issuer("other");
        CreatedSigningSecret imported = accolade.signedRequests().rotateSigningSecret(
                new RotateSigningSecretCommand(operator, demo.id(), "abc123"));

        assertThat(imported.secret()).isEqualTo("abc123");
        assertRefused(() -> accolade.signedRequests().rotateSigningSecret(new RotateSigningSecretCommand(as(other),
                demo.id(), null)),
                "issuer_forbidden");
        assertRefused(() -> accolade.signedRequests().rotateSigningSecret(new RotateSigningSecretCommand(as(demo),
                demo.id(), "abc")),
                "secret_too_short");
    }

    @Test
    void the_secret_is_stored_sealed_never_in_clear() {
        String secret = rotate(null);

        String stored = store.transactions().readOnly(() -> store.signingSecrets().find(demo.id())).orElseThrow()
                .sealed().value();
        assertThat(stored).startsWith("v1.").doesNotContain(secret);
    }

    @Test
    void an_api_key_works_for_its_own_service_only() {
        Issuer other = issuer("other");
        String key = accolade.apiKeys().createApiKey(new CreateApiKeyCommand(operator, demo.id(), "k")).secret();

        assertThat(accolade.signedRequests().authenticateIssuer(IssuerCredentials.key("demo", key))).isEqualTo(demo);
        assertRefused(() -> accolade.signedRequests().authenticateIssuer(IssuerCredentials.key(other.slug().value(),
                key)),
                "invalid_credentials");
        assertRefused(() -> accolade.signedRequests().authenticateIssuer(IssuerCredentials.key("nosuch", key)),
                "invalid_credentials");
    }

    @Test
    void signatures_in_sha1_and_sha256_are_accepted_within_the_window() {
        String secret = rotate(null);

        assertThat(signed("demo", secret, "HmacSHA1", now())).isEqualTo(demo);
        assertThat(signed("demo", secret, "HmacSHA256", now() - 299)).isEqualTo(demo);
        assertThat(signed("demo", secret, "HmacSHA256", now() + 299)).isEqualTo(demo);
    }

    @Test
    void a_skewed_a_tampered_a_replayed_and_an_unknown_service_signature_are_refused_alike() {
        String secret = rotate(null);
        long ts = now();
        String good = hmac("HmacSHA1", secret, message(ts));
        byte[] tampered = message(ts);
        tampered[tampered.length - 3] = 'x';
        signed("demo", secret, "HmacSHA1", ts);

        assertRefused(() -> signed("demo", secret, "HmacSHA1", now() - 301), "invalid_credentials");
        assertRefused(() -> signed("demo", secret, "HmacSHA1", now() + 301), "invalid_credentials");
        assertRefused(() -> accolade.signedRequests().authenticateIssuer(IssuerCredentials.signature("demo", tampered,
                ts, good)),
                "invalid_credentials");
        assertRefused(() -> accolade.signedRequests().authenticateIssuer(IssuerCredentials.signature("demo",
                message(ts), ts, good)),
                "invalid_credentials");
        assertRefused(() -> signed("nosuch", secret, "HmacSHA1", ts), "invalid_credentials");
        assertRefused(() -> accolade.signedRequests().authenticateIssuer(IssuerCredentials.signature("demo",
                message(ts), ts,
                "not hex")), "invalid_credentials");
    }

    @Test
    void a_used_signature_is_forgotten_once_its_window_closed() {
        String secret = rotate(null);
        long ts = now();
        signed("demo", secret, "HmacSHA256", ts);
        clock.advance(Duration.ofSeconds(301));

        assertRefused(() -> signed("demo", secret, "HmacSHA256", ts), "invalid_credentials");
        signed("demo", secret, "HmacSHA256", now());
        assertThat(store.transactions().inTransaction(() -> store.usedSignatures().deleteExpired(clock.peek())))
                .isZero();
    }

    @Test
    void the_test_service_is_open_in_the_sandbox_only() {
        assertRefused(() -> accolade.signedRequests().authenticateIssuer(IssuerCredentials.none("test")),
                "invalid_credentials");
        assertRefused(() -> accolade.signedRequests().resolveIssuer("test"), "issuer_not_found",
                ErrorCategory.NOT_FOUND);

        Accolade sandbox = assembled(AccoladeSettings.DEFAULT.withSandbox(true));
        Issuer test = sandbox.signedRequests().authenticateIssuer(IssuerCredentials.none("test"));

        assertThat(test.slug().value()).isEqualTo("test");
        assertThat(sandbox.signedRequests().resolveIssuer("test")).isEqualTo(test);
        assertRefused(() -> sandbox.signedRequests()
                .authenticateIssuer(IssuerCredentials.none("demo")), "invalid_credentials");
    }

    @Test
    void badges_awarded_by_name_count_up_and_are_removed_by_name() {
        accolade.catalog().upsertTemplates(new UpsertTemplatesCommand(as(demo), demo.id(), List.of(
                new NamedTemplateInput("donated", null, Map.of()), new NamedTemplateInput("test", null, Map.of()))));

        List<AwardOutcome> outcomes = accolade.awards().awardByName(new AwardByNameCommand(as(demo), demo.id(), daniel,
                List.of("donated", "test", "donated")));
        assertThat(outcomes).allMatch(AwardOutcome.Awarded.class::isInstance);
        assertThat(held().get(0).statistics().count()).isEqualTo(2);

        assertThat(accolade.awards().revokeByName(new RevokeByNameCommand(as(demo), demo.id(), daniel,
                List.of("donated", "unknown")))).hasSize(2);
        assertThat(held()).hasSize(1);
    }

    @Test
    void an_unknown_badge_name_awards_nothing() {
        accolade.catalog().upsertTemplates(new UpsertTemplatesCommand(as(demo), demo.id(), List.of(
                new NamedTemplateInput("donated", null, Map.of()))));

        assertRefusedWithoutChange(() -> accolade.awards().awardByName(new AwardByNameCommand(as(demo), demo.id(),
                daniel,
                List.of("donated", "nosuch"))), "badges_unknown");
    }

    private List<RecipientSummary.HeldTemplate> held() {
        return accolade.achievements().summarizeRecipients(new SummarizeRecipientsQuery(anonymous, demo.id(),
                List.of(daniel)))
                .recipients().get(0).awards();
    }
}
