package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.issuer.CreateApiKeyCommand;
import dev.accolade.application.issuer.CreatedApiKey;
import dev.accolade.application.issuer.ListApiKeysQuery;
import dev.accolade.application.issuer.RevokeApiKeyCommand;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.issuer.ApiKey;
import dev.accolade.domain.issuer.Issuer;
import org.junit.jupiter.api.Test;

/** Issuing, listing, revoking and authenticating with issuers' API keys. */
public abstract class ApiKeyUseCasesTest extends UseCaseTest {

    @Test
    void a_new_key_shows_its_secret_once_and_keeps_only_its_hash_and_prefix() {
        Issuer demo = issuer("demo");

        CreatedApiKey created = accolade.apiKeys().createApiKey(new CreateApiKeyCommand(operator, demo.id(), "ci"));

        assertThat(created.secret()).startsWith("acc_").hasSize(44);
        assertThat(created.key().prefix()).isEqualTo(created.secret().substring(0, 12));
        assertThat(created.key().secretHash()).isEqualTo(SecretHash.of(created.secret()));
        assertThat(created.toString()).doesNotContain(created.secret());
        assertThat(accolade.apiKeys().listApiKeys(new ListApiKeysQuery(as(demo),
                demo.id()))).containsExactly(created.key());
    }

    @Test
    void a_key_authenticates_as_its_issuer() {
        Issuer demo = issuer("demo");
        String secret = accolade.apiKeys().createApiKey(new CreateApiKeyCommand(operator, demo.id(), null)).secret();

        assertThat(accolade.apiKeys().authenticateApiKey(secret)).isEqualTo(demo);
    }

    @Test
    void unknown_revoked_and_empty_keys_get_the_same_refusal() {
        Issuer demo = issuer("demo");
        CreatedApiKey created = accolade.apiKeys().createApiKey(new CreateApiKeyCommand(as(demo), demo.id(), null));
        accolade.apiKeys().revokeApiKey(new RevokeApiKeyCommand(as(demo), created.key().id()));

        for (String wrong : new String[] {created.secret(), "acc_nothing", "", null, "x".repeat(10_000)}) {
            assertRefused(() -> accolade.apiKeys().authenticateApiKey(wrong), "invalid_credentials",
                    ErrorCategory.UNAUTHENTICATED);
        }
    }

    @Test
    void a_key_that_just_authenticated_is_refused_as_soon_as_it_is_revoked() {
        Issuer demo = issuer("demo");
        CreatedApiKey created = accolade.apiKeys().createApiKey(new CreateApiKeyCommand(as(demo), demo.id(), null));
        assertThat(accolade.apiKeys().authenticateApiKey(created.secret())).isEqualTo(demo);
        assertThat(accolade.apiKeys().authenticateApiKey(created.secret())).isEqualTo(demo);

        accolade.apiKeys().revokeApiKey(new RevokeApiKeyCommand(as(demo), created.key().id()));

        assertRefused(() -> accolade.apiKeys().authenticateApiKey(created.secret()), "invalid_credentials",
                ErrorCategory.UNAUTHENTICATED);
    }

    @Test
    void a_key_is_revoked_once() {
        Issuer demo = issuer("demo");
        ApiKey key = accolade.apiKeys().createApiKey(new CreateApiKeyCommand(operator, demo.id(), null)).key();

        ApiKey revoked = accolade.apiKeys().revokeApiKey(new RevokeApiKeyCommand(operator, key.id()));

        assertThat(revoked.isActive()).isFalse();
        assertRefused(() -> accolade.apiKeys().revokeApiKey(new RevokeApiKeyCommand(operator, key.id())),
                "api_key_already_revoked");
    }

    @Test
    void another_issuer_can_neither_see_nor_revoke_a_key() {
        Issuer demo = issuer("demo");
        Issuer other = issuer("other");
        ApiKey key = accolade.apiKeys().createApiKey(new CreateApiKeyCommand(operator, demo.id(), null)).key();

        assertRefused(() -> accolade.apiKeys().revokeApiKey(new RevokeApiKeyCommand(as(other), key.id())),
                "api_key_not_found", ErrorCategory.NOT_FOUND);
        assertRefused(() -> accolade.apiKeys().listApiKeys(new ListApiKeysQuery(as(other), demo.id())),
                "issuer_forbidden");
        assertRefused(() -> accolade.apiKeys().createApiKey(new CreateApiKeyCommand(as(other), demo.id(), null)),
                "issuer_forbidden");
        assertThat(accolade.apiKeys().listApiKeys(new ListApiKeysQuery(operator, demo.id()))).containsExactly(key);
    }

    @Test
    void an_issuer_holds_at_most_a_hundred_active_keys() {
        Issuer demo = issuer("demo");
        for (int i = 0; i < 100; i++) {
            accolade.apiKeys().createApiKey(new CreateApiKeyCommand(operator, demo.id(), "key " + i));
        }

        assertRefused(() -> accolade.apiKeys().createApiKey(new CreateApiKeyCommand(operator, demo.id(), "one more")),
                "api_key_limit_reached", ErrorCategory.RULE_VIOLATION);
    }

    @Test
    void a_label_longer_than_a_hundred_characters_is_refused() {
        Issuer demo = issuer("demo");

        assertRefused(() -> accolade.apiKeys().createApiKey(new CreateApiKeyCommand(operator, demo.id(),
                "l".repeat(101))),
                "label_too_long");
        assertThat(accolade.apiKeys().listApiKeys(new ListApiKeysQuery(operator, demo.id()))).isEmpty();
    }
}
