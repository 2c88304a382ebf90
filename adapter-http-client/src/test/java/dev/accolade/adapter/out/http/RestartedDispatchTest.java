package dev.accolade.adapter.out.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.out.http.RecordingReceiver.Received;
import dev.accolade.adapter.out.jdbc.JdbcSettings;
import dev.accolade.adapter.out.jdbc.JdbcStore;
import dev.accolade.application.Accolade;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.support.AesGcmSecretSealer;
import dev.accolade.application.support.Pbkdf2PasswordHasher;
import dev.accolade.application.usecase.UseCaseTest;
import dev.accolade.application.webhook.CreatedWebhook;
import dev.accolade.application.webhook.RegisterWebhookCommand;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliveryStatus;
import dev.accolade.domain.event.DomainEvent;
import dev.accolade.domain.issuer.Issuer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server stopped between two attempts of a webhook delivery, and started again on the same H2 file,
 * sends it again with the same id: the outbox's state lives in the database, not in the process.
 */
class RestartedDispatchTest extends UseCaseTest {

    private static final AddressPolicy LOOPBACK_ALLOWED = new AddressPolicy(List.of(Cidr.parse("127.0.0.1/32")));
    private static final AesGcmSecretSealer SEALER = AesGcmSecretSealer.withRandomKey();

    @TempDir
    static Path directory;

    private final RecordingReceiver receiver = newReceiver();

    private static RecordingReceiver newReceiver() {
        try {
            return new RecordingReceiver();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected StorePorts newStore() {
        return open();
    }

    private static JdbcStore open() {
        return JdbcStore.open(JdbcSettings.of("jdbc:h2:file:" + directory.resolve("accolade")));
    }

    @Override
    protected void subscribe(StorePorts store, Consumer<DomainEvent> subscriber) {
        ((JdbcStore) store).events().subscribe(subscriber);
    }

    @AfterEach
    void stop() {
        receiver.close();
        ((JdbcStore) store).close();
    }

    private Accolade server(StorePorts on) {
        return Accolade.builder().store(on).clock(clock).passwordHasher(new Pbkdf2PasswordHasher(1_000))
                .secretSealer(SEALER).callbackSender(new HttpCallbackSender(LOOPBACK_ALLOWED))
                .retryJitter(() -> 1.0).build();
    }

    @Test
    void a_delivery_that_failed_before_a_restart_is_delivered_after_it_with_the_same_id() {
        Accolade before = server(store);
        Issuer demo = issuer("demo");
        CreatedWebhook webhook = before.webhooks().registerWebhook(new RegisterWebhookCommand(as(demo), demo.id(),
                receiver.url("/hooks"), List.of("template.published")));
        published(demo, "Chef");
        receiver.failNext(1);
        assertThat(before.deliveries().dispatchDue()).isEqualTo(1);
        Delivery waiting = delivery(store, webhook);
        assertThat(waiting.status()).isEqualTo(DeliveryStatus.PENDING);

        ((JdbcStore) store).close();
        store = open();
        Accolade after = server(store);
        clock.advance(Duration.between(clock.peek(), waiting.nextAttemptAt()).plusMillis(1));

        assertThat(after.deliveries().dispatchDue()).isEqualTo(1);

        assertThat(delivery(store, webhook).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(receiver.received()).hasSize(2).extracting(Received::delivery)
                .containsOnly(Long.toString(waiting.id()));
        assertThat(receiver.received().get(1).signedWith(webhook.secret())).isTrue();
    }

    private static Delivery delivery(StorePorts on, CreatedWebhook webhook) {
        return on.transactions().readOnly(() -> on.deliveries()
                .findByEndpoint(webhook.endpoint().id(), PageRequest.first()).items()).get(0);
    }
}
