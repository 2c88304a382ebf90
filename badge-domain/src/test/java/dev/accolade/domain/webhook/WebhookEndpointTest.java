package dev.accolade.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.domain.common.SealedSecret;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.testdata.TestData;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookEndpointTest {

    private static final SealedSecret SEALED = new SealedSecret("v1.c2VhbGVk");

    private static WebhookEndpoint endpoint(Set<WebhookEvent> events) {
        return new WebhookEndpoint(new WebhookEndpointId(7), new IssuerId(3), new WebUrl("https://r.example/h"),
                events, SEALED, TestData.T0);
    }

    @Test
    void it_receives_exactly_its_events_kept_in_declaration_order_and_unmodifiable() {
        Set<WebhookEvent> given = new LinkedHashSet<>(
                List.of(WebhookEvent.TEMPLATE_PUBLISHED, WebhookEvent.AWARD_GRANTED));
        WebhookEndpoint endpoint = endpoint(given);
        given.add(WebhookEvent.AWARD_REVOKED);

        assertThat(endpoint.events()).containsExactly(WebhookEvent.AWARD_GRANTED, WebhookEvent.TEMPLATE_PUBLISHED);
        assertThat(endpoint.receives(WebhookEvent.AWARD_GRANTED)).isTrue();
        assertThat(endpoint.receives(WebhookEvent.AWARD_REVOKED)).isFalse();
        assertThatThrownBy(() -> endpoint.events().add(WebhookEvent.OFFER_ACCEPTED))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void it_needs_at_least_one_event() {
        assertThatThrownBy(() -> endpoint(EnumSet.noneOf(WebhookEvent.class)))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("events_required"));
    }

    @Test
    void a_new_secret_changes_nothing_else() {
        WebhookEndpoint endpoint = endpoint(EnumSet.of(WebhookEvent.AWARD_GRANTED));
        SealedSecret other = new SealedSecret("v1.b3RoZXI");

        WebhookEndpoint rotated = endpoint.withSecret(other);

        assertThat(rotated.secret()).isEqualTo(other);
        assertThat(rotated.withSecret(SEALED)).isEqualTo(endpoint);
    }

    @Test
    void its_id_is_a_positive_whole_number() {
        assertThatThrownBy(() -> new WebhookEndpointId(0)).isInstanceOf(DomainException.class);
        assertThat(new WebhookEndpointId(42)).hasToString("42");
    }
}
