package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.issuer.ApiKey;
import dev.accolade.domain.issuer.ApiKeyId;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every store promises about API keys: exact round trips, revocation, and lookups by hash and issuer. */
public abstract class ApiKeyRepositoryContract extends StoreContract {

    private static ApiKey key(IssuerId issuer, String label, Instant createdAt) {
        long id = TestData.nextId();
        return ApiKey.issue(new ApiKeyId(id), issuer, label, "sk_live_" + id + "_0123456789abcdefghijklmnop",
                createdAt);
    }

    private ApiKey savedKey(ApiKey key) {
        write(() -> store.apiKeys().insert(key));
        return key;
    }

    @Test
    void a_key_with_a_label_comes_back_equal() {
        Issuer issuer = savedIssuer();
        ApiKey key = savedKey(key(issuer.id(), "CI pipeline — nightly", plusMicros(at(1), 17)));

        assertThat(read(() -> store.apiKeys().findById(key.id()))).contains(key);
    }

    @Test
    void a_key_without_a_label_comes_back_equal() {
        Issuer issuer = savedIssuer();
        ApiKey key = savedKey(key(issuer.id(), null, at(1)));

        assertThat(read(() -> store.apiKeys().findById(key.id()))).contains(key);
    }

    @Test
    void a_revoked_key_comes_back_with_its_revocation_time() {
        Issuer issuer = savedIssuer();
        ApiKey key = key(issuer.id(), "old", at(1)).revoke(plusMicros(at(2), 999_999));
        savedKey(key);

        assertThat(read(() -> store.apiKeys().findById(key.id()))).contains(key);
    }

    @Test
    void an_update_replaces_the_stored_key() {
        Issuer issuer = savedIssuer();
        ApiKey key = savedKey(key(issuer.id(), "live", at(1)));
        ApiKey revoked = key.revoke(plusMicros(at(5), 3));

        write(() -> store.apiKeys().update(revoked));

        assertThat(read(() -> store.apiKeys().findById(key.id()))).contains(revoked);
    }

    @Test
    void an_unknown_id_finds_no_key() {
        savedKey(key(savedIssuer().id(), "live", at(1)));

        assertThat(read(() -> store.apiKeys().findById(new ApiKeyId(TestData.nextId())))).isEmpty();
    }

    @Test
    void a_key_is_found_by_the_hash_of_its_secret() {
        Issuer issuer = savedIssuer();
        ApiKey wanted = savedKey(key(issuer.id(), "wanted", at(1)));
        savedKey(key(issuer.id(), "other", at(2)));

        assertThat(read(() -> store.apiKeys().findBySecretHash(wanted.secretHash()))).contains(wanted);
        assertThat(read(() -> store.apiKeys().findBySecretHash(SecretHash.of("no such secret")))).isEmpty();
    }

    @Test
    void a_revoked_key_is_still_found_by_its_hash_so_that_it_can_be_refused() {
        Issuer issuer = savedIssuer();
        ApiKey revoked = savedKey(key(issuer.id(), "old", at(1)).revoke(at(2)));

        assertThat(read(() -> store.apiKeys().findBySecretHash(revoked.secretHash()))).contains(revoked);
    }

    @Test
    void an_issuers_keys_are_listed_oldest_first_revoked_ones_included_and_no_one_elses() {
        Issuer issuer = savedIssuer();
        Issuer other = savedIssuer();
        ApiKey newest = savedKey(key(issuer.id(), "newest", at(30)));
        ApiKey oldest = savedKey(key(issuer.id(), "oldest", at(10)));
        ApiKey middle = savedKey(key(issuer.id(), "middle", at(20)).revoke(at(25)));
        savedKey(key(other.id(), "foreign", at(15)));

        assertThat(read(() -> store.apiKeys().findByIssuer(issuer.id())))
                .containsExactly(oldest, middle, newest);
    }

    @Test
    void an_issuer_without_keys_has_none() {
        Issuer issuer = savedIssuer();
        savedKey(key(savedIssuer().id(), "foreign", at(1)));

        assertThat(read(() -> store.apiKeys().findByIssuer(issuer.id()))).isEmpty();
    }
}
