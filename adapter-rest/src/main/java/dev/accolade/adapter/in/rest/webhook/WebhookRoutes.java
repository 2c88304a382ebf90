package dev.accolade.adapter.in.rest.webhook;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.input.Paging;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.webhook.CreatedWebhook;
import dev.accolade.application.webhook.DeleteWebhookUseCase;
import dev.accolade.application.webhook.GetWebhookUseCase;
import dev.accolade.application.webhook.ListWebhookDeliveriesUseCase;
import dev.accolade.application.webhook.ListWebhooksQuery;
import dev.accolade.application.webhook.ListWebhooksUseCase;
import dev.accolade.application.webhook.RedeliverCommand;
import dev.accolade.application.webhook.RedeliverUseCase;
import dev.accolade.application.webhook.RegisterWebhookUseCase;
import dev.accolade.application.webhook.RotateWebhookSecretUseCase;
import dev.accolade.application.webhook.WebhookCommand;
import dev.accolade.application.webhook.WebhookDeliveriesQuery;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.webhook.WebhookEndpointId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The native API's webhook routes, under {@code /v1/issuers/{id}/webhooks}: register an endpoint (its
 * secret shown once), list, read and delete endpoints, give one a new secret, read its delivery log
 * and send a delivery again.
 */
public final class WebhookRoutes {

    private static final String WEBHOOKS = "/v1/issuers/{id}/webhooks";
    private static final String WEBHOOK = WEBHOOKS + "/{webhook_id}";
    private static final String SECRET = WEBHOOK + "/secret";
    private static final String DELIVERIES = WEBHOOK + "/deliveries";
    private static final String REDELIVERY = DELIVERIES + "/{delivery_id}/redelivery";

    private final RegisterWebhookUseCase registerWebhook;
    private final ListWebhooksUseCase listWebhooks;
    private final GetWebhookUseCase getWebhook;
    private final DeleteWebhookUseCase deleteWebhook;
    private final RotateWebhookSecretUseCase rotateWebhookSecret;
    private final ListWebhookDeliveriesUseCase listWebhookDeliveries;
    private final RedeliverUseCase redeliver;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    /** Routes over these use cases. */
    public WebhookRoutes(RegisterWebhookUseCase registerWebhook, ListWebhooksUseCase listWebhooks,
            GetWebhookUseCase getWebhook, DeleteWebhookUseCase deleteWebhook,
            RotateWebhookSecretUseCase rotateWebhookSecret, ListWebhookDeliveriesUseCase listWebhookDeliveries,
            RedeliverUseCase redeliver, Authenticator authenticator, JsonBodies bodies) {
        this.registerWebhook = requireNonNull(registerWebhook, "registerWebhook");
        this.listWebhooks = requireNonNull(listWebhooks, "listWebhooks");
        this.getWebhook = requireNonNull(getWebhook, "getWebhook");
        this.deleteWebhook = requireNonNull(deleteWebhook, "deleteWebhook");
        this.rotateWebhookSecret = requireNonNull(rotateWebhookSecret, "rotateWebhookSecret");
        this.listWebhookDeliveries = requireNonNull(listWebhookDeliveries, "listWebhookDeliveries");
        this.redeliver = requireNonNull(redeliver, "redeliver");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(WEBHOOKS, this::create);
        routes.get(WEBHOOKS, this::list);
        routes.get(WEBHOOK, this::get);
        routes.delete(WEBHOOK, this::delete);
        routes.put(SECRET, this::rotateSecret);
        routes.get(DELIVERIES, this::deliveries);
        routes.post(REDELIVERY, this::redeliver);
    }

    private void create(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = issuerId(ctx);
        RegisterWebhookRequest request = bodies.read(ctx, RegisterWebhookRequest.class);
        CreatedWebhook created = registerWebhook.registerWebhook(request.toCommand(actor, issuer));
        Responses.created(ctx, WEBHOOKS.replace("{id}", issuer.toString()) + "/" + created.endpoint().id(),
                CreatedWebhookResponse.from(created));
    }

    private void list(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        Responses.list(ctx, listWebhooks.listWebhooks(new ListWebhooksQuery(actor, issuerId(ctx))),
                WebhookResponse::from);
    }

    private void get(Context ctx) {
        Responses.ok(ctx, WebhookResponse.from(getWebhook.getWebhook(command(ctx))));
    }

    private void delete(Context ctx) {
        deleteWebhook.deleteWebhook(command(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void rotateSecret(Context ctx) {
        Responses.ok(ctx, CreatedWebhookResponse.from(rotateWebhookSecret.rotateWebhookSecret(command(ctx))));
    }

    private void deliveries(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        PageRequest page = Paging.of(ctx);
        Responses.page(ctx, listWebhookDeliveries.listWebhookDeliveries(new WebhookDeliveriesQuery(actor, issuerId(ctx),
                webhookId(ctx), page)), page, DeliveryResponse::from);
    }

    private void redeliver(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        RedeliverCommand command = new RedeliverCommand(actor, issuerId(ctx), webhookId(ctx),
                PathIds.of(ctx, "delivery_id"));
        Responses.ok(ctx, DeliveryResponse.from(redeliver.redeliver(command)));
    }

    private WebhookCommand command(Context ctx) {
        return new WebhookCommand(authenticator.actorOf(ctx), issuerId(ctx), webhookId(ctx));
    }

    private static IssuerId issuerId(Context ctx) {
        return new IssuerId(PathIds.of(ctx, "id"));
    }

    private static WebhookEndpointId webhookId(Context ctx) {
        return new WebhookEndpointId(PathIds.of(ctx, "webhook_id"));
    }
}
