package dev.accolade.application.webhook;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.Page;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.CallbackSenderPort;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.webhook.DeliveryRepository;
import dev.accolade.application.port.out.webhook.WebhookEndpointRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
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
final class WebhookService implements Webhooks {

    /** The most endpoints one issuer may have. */
    public static final int MAX_ENDPOINTS_PER_ISSUER = 10;
    /** What every webhook secret starts with, so that a leaked one is easy to recognise. */
    public static final String SECRET_PREFIX = "whsec_";
    private static final int SECRET_RANDOM_LENGTH = 40;

    private final TransactionPort transactions;
    private final IdGeneratorPort ids;
    private final DeliveryRepository deliveries;
    private final WebhookEndpointRepository webhooks;
    private final ClockPort clock;
    private final TokenGeneratorPort tokens;
    private final SecretSealerPort sealer;
    private final CallbackSenderPort sender;
    private final CommandValidator validator;
    private final Access access;

    WebhookService(TransactionPort transactions, IdGeneratorPort ids, DeliveryRepository deliveries,
            WebhookEndpointRepository webhooks, ClockPort clock, TokenGeneratorPort tokens, SecretSealerPort sealer,
            CallbackSenderPort sender, CommandValidator validator, Access access) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.ids = requireNonNull(ids, "ids");
        this.deliveries = requireNonNull(deliveries, "deliveries");
        this.webhooks = requireNonNull(webhooks, "webhooks");
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
        transactions.readOnly(() -> access.issuerFor(command.actor(), command.issuer()));
        sender.check(url);
        String secret = newSecret();
        return transactions.inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            if (webhooks.findByIssuer(issuer.id()).size() >= MAX_ENDPOINTS_PER_ISSUER) {
                throw DomainException.ruleViolation("webhook_limit_reached",
                        "An issuer may have at most " + MAX_ENDPOINTS_PER_ISSUER + " webhook endpoints.");
            }
            WebhookEndpoint endpoint = new WebhookEndpoint(new WebhookEndpointId(ids.nextId()), issuer.id(),
                    url, events, sealer.seal(secret), clock.now());
            webhooks.insert(endpoint);
            return new CreatedWebhook(endpoint, secret);
        });
    }

    @Override
    public List<WebhookEndpoint> listWebhooks(ListWebhooksQuery query) {
        validator.validate(query);
        return transactions.readOnly(() -> {
            Issuer issuer = access.issuerFor(query.actor(), query.issuer());
            return webhooks.findByIssuer(issuer.id());
        });
    }

    @Override
    public WebhookEndpoint getWebhook(WebhookCommand command) {
        validator.validate(command);
        return transactions.readOnly(() -> endpoint(command));
    }

    @Override
    public void deleteWebhook(WebhookCommand command) {
        validator.validate(command);
        transactions.inTransaction(() -> {
            WebhookEndpoint endpoint = endpoint(command);
            deliveries.deleteByEndpoint(endpoint.id());
            webhooks.delete(endpoint.id());
            return null;
        });
    }

    @Override
    public CreatedWebhook rotateWebhookSecret(WebhookCommand command) {
        validator.validate(command);
        String secret = newSecret();
        return transactions.inTransaction(() -> {
            WebhookEndpoint rotated = endpoint(command).withSecret(sealer.seal(secret));
            webhooks.update(rotated);
            return new CreatedWebhook(rotated, secret);
        });
    }

    @Override
    public Page<Delivery> listWebhookDeliveries(WebhookDeliveriesQuery query) {
        validator.validate(query);
        return transactions.readOnly(() -> {
            WebhookEndpoint endpoint = endpoint(new WebhookCommand(query.actor(), query.issuer(), query.endpoint()));
            return deliveries.findByEndpoint(endpoint.id(), query.page());
        });
    }

    @Override
    public Delivery redeliver(RedeliverCommand command) {
        validator.validate(command);
        return transactions.inTransaction(() -> {
            WebhookEndpoint endpoint = endpoint(
                    new WebhookCommand(command.actor(), command.issuer(), command.endpoint()));
            Delivery delivery = deliveries.findById(command.delivery())
                    .filter(found -> found.source() instanceof DeliverySource.Webhook webhook
                            && webhook.endpoint().equals(endpoint.id()))
                    .orElseThrow(() -> NotFound.delivery(command.delivery()));
            if (delivery.status() == DeliveryStatus.PENDING) {
                throw DomainException.conflict("delivery_pending",
                        "The delivery " + delivery.id() + " is still queued; it is sent without asking.");
            }
            Delivery queued = delivery.redeliver(clock.now());
            deliveries.update(queued);
            return queued;
        });
    }

    /** The issuer's endpoint, when the actor may act for the issuer; {@code webhook_not_found} otherwise. */
    private WebhookEndpoint endpoint(WebhookCommand command) {
        Issuer issuer = access.issuerFor(command.actor(), command.issuer());
        return webhooks.findById(command.endpoint()).filter(found -> found.issuer().equals(issuer.id()))
                .orElseThrow(() -> NotFound.webhook(command.endpoint()));
    }

    private String newSecret() {
        return SECRET_PREFIX + tokens.newToken(SECRET_RANDOM_LENGTH);
    }
}
