package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.accolade.application.port.out.contract.ContractData;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.testdata.TestData;
import dev.accolade.domain.webhook.WebhookEndpoint;
import dev.accolade.domain.webhook.WebhookEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each check the migrations add refuses a row the domain never makes: an update that breaks
 * only that check, on rows the store wrote, fails naming it, and is rolled back.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(value = JdbcTarget.class, names = {"H2_MEMORY", "POSTGRESQL"})
class DomainChecksTest {

    private static HikariDataSource database;

    @Parameter
    JdbcTarget target;

    @BeforeParameterizedClassInvocation
    static void createDatabase(JdbcTarget target) {
        database = ConnectionPools.open(target.freshSettings().withPoolSize(2), "checks-" + target.name());
        new Migrations(database, target.dialect()).migrate();
        JdbcStore store = JdbcStore.on(database, target.dialect());
        SampleData.writeTo(store);
        writeDeliveries(store);
    }

    /** An issuer's webhook endpoint, and an outbox row for it and one for an offer's callback. */
    private static void writeDeliveries(JdbcStore store) {
        store.transactions().inTransaction(() -> {
            Issuer issuer = TestData.issuer();
            store.issuers().insert(issuer);
            WebhookEndpoint endpoint = ContractData.webhookEndpoint(issuer.id(), Set.of(WebhookEvent.AWARD_GRANTED),
                    ContractData.sealedSecret(), TestData.T0);
            store.webhooks().insert(endpoint);
            store.deliveries().insert(Delivery.pending(TestData.nextId(),
                    new DeliverySource.Webhook(endpoint.id(), WebhookEvent.AWARD_GRANTED), endpoint.url(), "{}",
                    TestData.T0));
            store.deliveries().insert(Delivery.pending(TestData.nextId(),
                    new DeliverySource.Callback(new OfferId(TestData.nextId())), endpoint.url(), "{}", TestData.T0));
            return null;
        });
    }

    @AfterParameterizedClassInvocation
    static void dropDatabase() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("ck_member_status", "UPDATE member SET status = 'GONE'"),
                Arguments.of("ck_category_position", "UPDATE category SET position = -1"),
                Arguments.of("ck_template_status",
                        "UPDATE template SET status = 'ARCHIVED' WHERE status = 'DRAFT'"),
                Arguments.of("ck_template_version", "UPDATE template SET version = 0 WHERE status = 'DRAFT'"),
                Arguments.of("ck_template_published",
                        "UPDATE template SET status = 'PUBLISHED' WHERE status = 'DRAFT'"),
                Arguments.of("ck_template_live", "UPDATE template SET live_title = NULL WHERE status = 'PUBLISHED'"),
                Arguments.of("ck_template_title_folded",
                        "UPDATE template SET live_title_folded = NULL WHERE status = 'PUBLISHED'"),
                Arguments.of("ck_template_rating_range", "UPDATE template_rating SET difficulty = 5.5"),
                Arguments.of("ck_offer_status", "UPDATE offer SET status = 'LOST' WHERE status = 'CANCELLED'"),
                Arguments.of("ck_offer_answered", "UPDATE offer SET answered_at = NULL WHERE status = 'CANCELLED'"),
                Arguments.of("ck_offer_callback", "UPDATE offer SET callback_token = 'token'"),
                Arguments.of("ck_offer_exclusivity",
                        "UPDATE offer SET exclusivity_key = NULL WHERE status = 'PENDING'"),
                Arguments.of("ck_award_request_status",
                        "UPDATE award_request SET status = 'LOST' WHERE status = 'REJECTED'"),
                Arguments.of("ck_award_request_answered",
                        "UPDATE award_request SET answered_at = NULL WHERE status = 'REJECTED'"),
                Arguments.of("ck_award_request_pending",
                        "UPDATE award_request SET pending_key = NULL WHERE status = 'PENDING'"),
                Arguments.of("ck_award_source_kind",
                        "UPDATE award SET source_kind = 'GIFT' WHERE source_kind = 'DIRECT'"),
                Arguments.of("ck_award_source", "UPDATE award SET source_id = 1 WHERE source_kind = 'DIRECT'"),
                Arguments.of("ck_award_revocation",
                        "UPDATE award SET revocation_reason = NULL WHERE revoked_at IS NOT NULL"),
                Arguments.of("ck_award_exclusivity",
                        "UPDATE award SET exclusivity_key = NULL WHERE revoked_at IS NULL"),
                Arguments.of("ck_award_recipient_name", "UPDATE award SET recipient_first_name = 'Ada'"),
                Arguments.of("ck_award_recipient_name_parts",
                        "UPDATE award SET recipient_first_name = '', recipient_last_name = 'Lovelace'"),
                Arguments.of("ck_offer_recipient_name", "UPDATE offer SET recipient_last_name = 'Lovelace'"),
                Arguments.of("ck_offer_recipient_name_parts",
                        "UPDATE offer SET recipient_first_name = 'Ada', recipient_last_name = ''"),
                Arguments.of("ck_idempotency_record_outcome", "UPDATE idempotency_record SET outcome = 'MAYBE'"),
                Arguments.of("ck_delivery_status", "UPDATE delivery SET status = 'LOST'"),
                Arguments.of("ck_delivery_attempts", "UPDATE delivery SET attempts = -1"),
                Arguments.of("ck_delivery_source", "UPDATE delivery SET event = NULL WHERE offer_id IS NULL"),
                Arguments.of("ck_delivery_source", "UPDATE delivery SET offer_id = 1 WHERE offer_id IS NULL"),
                Arguments.of("ck_delivery_source", "UPDATE delivery SET offer_id = NULL WHERE event IS NULL"),
                Arguments.of("ck_delivery_event", "UPDATE delivery SET event = 'award.lost' WHERE event IS NOT NULL"),
                Arguments.of("ck_webhook_endpoint_events", "UPDATE webhook_endpoint SET events = ''"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void theCheckRefusesARowTheDomainNeverMakes(String check, String update) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                assertThatThrownBy(() -> statement.executeUpdate(update)).isInstanceOf(SQLException.class)
                        .satisfies(refusal -> assertThat(refusal.getMessage()).containsPattern(named(check)));
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    /** The name as a whole word in any case, as H2 (upper case) and PostgreSQL (as written) report it. */
    private static String named(String check) {
        return "(?i)\\b" + check + "\\b";
    }
}
