package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static dev.accolade.application.port.out.contract.ContractData.webhookEndpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.application.support.AesGcmSecretSealer;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.testdata.TestData;
import dev.accolade.domain.webhook.WebhookEndpoint;
import dev.accolade.domain.webhook.WebhookEndpointId;
import dev.accolade.domain.webhook.WebhookEvent;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about webhook endpoints: every field comes back as written, the chosen events
 * and the sealed secret exactly; an issuer's endpoints are listed oldest first; an update replaces the
 * secret; a delete removes one endpoint and nothing else.
 */
public abstract class WebhookEndpointRepositoryContract extends StoreContract {

    private final AesGcmSecretSealer sealer = AesGcmSecretSealer.withRandomKey();
    private IssuerId issuer;

    @BeforeEach
    void storeIssuer() {
        issuer = savedIssuer().id();
    }

    private WebhookEndpoint savedEndpoint(IssuerId owner, Set<WebhookEvent> events, String secret, Instant at) {
        return saved(webhookEndpoint(owner, events, sealer.seal(secret), at));
    }

    private WebhookEndpoint savedEndpoint(IssuerId owner, Instant at) {
        return savedEndpoint(owner, Set.of(WebhookEvent.AWARD_GRANTED), "whsec_" + TestData.nextId(), at);
    }

    private WebhookEndpoint found(WebhookEndpointId id) {
        return read(() -> store.webhooks().findById(id)).orElseThrow();
    }

    @Test
    void an_endpoint_comes_back_equal_with_every_event_and_a_secret_that_still_opens() {
        WebhookEndpoint endpoint = savedEndpoint(issuer, EnumSet.allOf(WebhookEvent.class), "whsec_abc123",
                plusMicros(at(1), 141_592));

        assertThat(found(endpoint.id())).isEqualTo(endpoint);
        assertThat(found(endpoint.id()).events()).hasSize(WebhookEvent.COUNT);
        assertThat(sealer.open(found(endpoint.id()).secret())).isEqualTo("whsec_abc123");
        assertThat(read(() -> store.webhooks().findById(new WebhookEndpointId(TestData.nextId())))).isEmpty();
    }

    @Test
    void each_event_comes_back_alone_and_together_with_another() {
        for (WebhookEvent event : WebhookEvent.values()) {
            WebhookEndpoint alone = savedEndpoint(issuer, Set.of(event), "alone", at(1));
            WebhookEndpoint pair = savedEndpoint(issuer, EnumSet.of(event, WebhookEvent.TEMPLATE_PUBLISHED), "pair",
                    at(2));

            assertThat(found(alone.id()).events()).as("alone: %s", event).containsExactly(event);
            assertThat(found(pair.id()).events()).as("with template.published: %s", event)
                    .isEqualTo(pair.events());
        }
    }

    @Test
    void an_issuers_endpoints_are_listed_oldest_first_and_no_one_elses() {
        WebhookEndpoint late = savedEndpoint(issuer, at(30));
        WebhookEndpoint early = savedEndpoint(issuer, at(10));
        WebhookEndpoint sameTimeLaterId = savedEndpoint(issuer, at(30));
        savedEndpoint(savedIssuer().id(), at(20));
        IssuerId withoutEndpoints = savedIssuer().id();

        assertThat(read(() -> store.webhooks().findByIssuer(issuer))).containsExactly(early, late, sameTimeLaterId);
        assertThat(read(() -> store.webhooks().findByIssuer(withoutEndpoints))).isEmpty();
    }

    @Test
    void an_update_replaces_the_secret_and_keeps_the_rest() {
        WebhookEndpoint endpoint = savedEndpoint(issuer, Set.of(WebhookEvent.OFFER_ACCEPTED), "whsec_old", at(1));
        WebhookEndpoint rotated = endpoint.withSecret(sealer.seal("whsec_new"));

        write(() -> store.webhooks().update(rotated));

        assertThat(found(endpoint.id())).isEqualTo(rotated);
        assertThat(sealer.open(found(endpoint.id()).secret())).isEqualTo("whsec_new");
        assertThat(read(() -> store.webhooks().findByIssuer(issuer))).containsExactly(rotated);
    }

    @Test
    void a_delete_removes_only_that_endpoint_and_an_unknown_id_changes_nothing() {
        WebhookEndpoint gone = savedEndpoint(issuer, at(1));
        WebhookEndpoint kept = savedEndpoint(issuer, at(2));

        write(() -> store.webhooks().delete(gone.id()));
        write(() -> store.webhooks().delete(gone.id()));
        write(() -> store.webhooks().delete(new WebhookEndpointId(TestData.nextId())));

        assertThat(read(() -> store.webhooks().findById(gone.id()))).isEmpty();
        assertThat(read(() -> store.webhooks().findByIssuer(issuer))).containsExactly(kept);
    }

    @Test
    void a_second_endpoint_with_a_taken_id_is_refused_with_duplicate_id() {
        WebhookEndpoint first = savedEndpoint(issuer, at(1));
        WebhookEndpoint twin = new WebhookEndpoint(first.id(), issuer, new WebUrl("https://other.example/hook"),
                Set.of(WebhookEvent.AWARD_REVOKED), sealer.seal("twin"), at(2));

        assertThatThrownBy(() -> write(() -> store.webhooks().insert(twin)))
                .isInstanceOfSatisfying(UniqueConstraintViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("duplicate_id"));
        assertThat(found(first.id())).isEqualTo(first);
    }

    @Test
    void an_insert_an_update_and_a_delete_in_a_unit_of_work_that_fails_are_undone() {
        WebhookEndpoint rotatedInVain = savedEndpoint(issuer, at(1));
        WebhookEndpoint deletedInVain = savedEndpoint(issuer, at(2));
        WebhookEndpoint insertedInVain = webhookEndpoint(issuer, Set.of(WebhookEvent.AWARD_GRANTED),
                sealer.seal("x"), at(3));

        assertThatThrownBy(() -> write(() -> {
            store.webhooks().insert(insertedInVain);
            store.webhooks().update(rotatedInVain.withSecret(sealer.seal("rotated")));
            store.webhooks().delete(deletedInVain.id());
            throw new IllegalStateException("the unit of work fails");
        })).hasMessage("the unit of work fails");

        assertThat(read(() -> store.webhooks().findByIssuer(issuer))).containsExactly(rotatedInVain, deletedInVain);
    }
}
