package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.Page;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.in.webhook.CreatedWebhook;
import dev.accolade.application.port.in.webhook.DeleteWebhookUseCase;
import dev.accolade.application.port.in.webhook.GetWebhookUseCase;
import dev.accolade.application.port.in.webhook.ListWebhookDeliveriesUseCase;
import dev.accolade.application.port.in.webhook.ListWebhooksQuery;
import dev.accolade.application.port.in.webhook.ListWebhooksUseCase;
import dev.accolade.application.port.in.webhook.RedeliverCommand;
import dev.accolade.application.port.in.webhook.RedeliverUseCase;
import dev.accolade.application.port.in.webhook.RegisterWebhookCommand;
import dev.accolade.application.port.in.webhook.RegisterWebhookUseCase;
import dev.accolade.application.port.in.webhook.RotateWebhookSecretUseCase;
import dev.accolade.application.port.in.webhook.WebhookCommand;
import dev.accolade.application.port.in.webhook.WebhookDeliveriesQuery;
import dev.accolade.application.port.out.CallbackSenderPort;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.delivery.DeliveryStatus;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.webhook.WebhookEndpoint;
import dev.accolade.domain.webhook.WebhookEndpointId;
import dev.accolade.domain.webhook.WebhookEvent;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Issuers' webhook endpoints: registered with a URL the outbound guard allows and the events they want,
 * each with its own signing secret, sealed at rest and shown once; their delivery logs, and redelivery.
 * An endpoint of another issuer reads as {@code webhook_not_found}. The URL is checked, name resolved,
 * outside any transaction and only for a caller who may act for the issuer.
 */
public final class WebhookService implements RegisterWebhookUseCase, ListWebhooksUseCase, GetWebhookUseCase,
        DeleteWebhookUseCase, RotateWebhookSecretUseCase, ListWebhookDeliveriesUseCase, RedeliverUseCase {

    /** The most endpoints one issuer may have. */
    public static final int MAX_ENDPOINTS_PER_ISSUER = 10;
    /** What every webhook secret starts with, so that a leaked one is easy to recognise. */
    public static final String SECRET_PREFIX = "whsec_";
    private static final int SECRET_RANDOM_LENGTH = 40;

    private final StorePorts store;
    private final ClockPort clock;
    private final TokenGeneratorPort tokens;
    private final SecretSealerPort sealer;
    private final CallbackSenderPort sender;
    private final CommandValidator validator;
    private final Access access;

    WebhookService(StorePorts store, ClockPort clock, TokenGeneratorPort tokens, SecretSealerPort sealer,
            CallbackSenderPort sender, CommandValidator validator, Access access) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.tokens = requireNonNull(tokens, "tokens");
        this.sealer = requireNonNull(sealer, "sealer");
        this.sender = requireNonNull(sender, "sender");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
    }

    @Override
    public CreatedWebhook registerWebhook(RegisterWebhookCommand command) {
        validator.validate(command);
        WebUrl url = WebUrl.of(command.url(), "url");
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        command.events().forEach(name -> events.add(WebhookEvent.named(name)));
        store.transactions().readOnly(() -> access.issuerFor(command.actor(), command.issuer()));
        sender.check(url);
        String secret = newSecret();
        return store.transactions().inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            if (store.webhooks().findByIssuer(issuer.id()).size() >= MAX_ENDPOINTS_PER_ISSUER) {
                throw DomainException.ruleViolation("webhook_limit_reached",
                        "An issuer may have at most " + MAX_ENDPOINTS_PER_ISSUER + " webhook endpoints.");
            }
            WebhookEndpoint endpoint = new WebhookEndpoint(new WebhookEndpointId(store.ids().nextId()), issuer.id(),
                    url, events, sealer.seal(secret), clock.now());
            store.webhooks().insert(endpoint);
            return new CreatedWebhook(endpoint, secret);
        });
    }

    @Override
    public List<WebhookEndpoint> listWebhooks(ListWebhooksQuery query) {
        validator.validate(query);
        return store.transactions().readOnly(() -> {
            Issuer issuer = access.issuerFor(query.actor(), query.issuer());
            return store.webhooks().findByIssuer(issuer.id());
        });
    }

    @Override
    public WebhookEndpoint getWebhook(WebhookCommand command) {
        validator.validate(command);
        return store.transactions().readOnly(() -> endpoint(command));
    }

    @Override
    public void deleteWebhook(WebhookCommand command) {
        validator.validate(command);
        store.transactions().inTransaction(() -> {
            WebhookEndpoint endpoint = endpoint(command);
            store.deliveries().deleteByEndpoint(endpoint.id());
            store.webhooks().delete(endpoint.id());
            return null;
        });
    }

    @Override
    public CreatedWebhook rotateWebhookSecret(WebhookCommand command) {
        validator.validate(command);
        String secret = newSecret();
        return store.transactions().inTransaction(() -> {
            WebhookEndpoint rotated = endpoint(command).withSecret(sealer.seal(secret));
            store.webhooks().update(rotated);
            return new CreatedWebhook(rotated, secret);
        });
    }

    @Override
    public Page<Delivery> listWebhookDeliveries(WebhookDeliveriesQuery query) {
        validator.validate(query);
        return store.transactions().readOnly(() -> {
            WebhookEndpoint endpoint = endpoint(new WebhookCommand(query.actor(), query.issuer(), query.endpoint()));
            return store.deliveries().findByEndpoint(endpoint.id(), query.page());
        });
    }

    @Override
    public Delivery redeliver(RedeliverCommand command) {
        validator.validate(command);
        return store.transactions().inTransaction(() -> {
            WebhookEndpoint endpoint = endpoint(
                    new WebhookCommand(command.actor(), command.issuer(), command.endpoint()));
            Delivery delivery = store.deliveries().findById(command.delivery())
                    .filter(found -> found.source() instanceof DeliverySource.Webhook webhook
                            && webhook.endpoint().equals(endpoint.id()))
                    .orElseThrow(() -> NotFound.delivery(command.delivery()));
            if (delivery.status() == DeliveryStatus.PENDING) {
                throw DomainException.conflict("delivery_pending",
                        "The delivery " + delivery.id() + " is still queued; it is sent without asking.");
            }
            Delivery queued = delivery.redeliver(clock.now());
            store.deliveries().update(queued);
            return queued;
        });
    }

    /** The issuer's endpoint, when the actor may act for the issuer; {@code webhook_not_found} otherwise. */
    private WebhookEndpoint endpoint(WebhookCommand command) {
        Issuer issuer = access.issuerFor(command.actor(), command.issuer());
        return store.webhooks().findById(command.endpoint()).filter(found -> found.issuer().equals(issuer.id()))
                .orElseThrow(() -> NotFound.webhook(command.endpoint()));
    }

    private String newSecret() {
        return SECRET_PREFIX + tokens.newToken(SECRET_RANDOM_LENGTH);
    }
}
