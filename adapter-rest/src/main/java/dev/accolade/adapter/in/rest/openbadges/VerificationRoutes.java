package dev.accolade.adapter.in.rest.openbadges;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.verification.PresentedKind;
import dev.accolade.application.verification.VerifyCredentialCommand;
import dev.accolade.application.verification.VerifyCredentialUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /v1/verifications}: anyone may ask whether a credential is genuine. The body is a baked
 * image ({@code image/png}, {@code image/svg+xml}), a VC-JWT ({@code application/vc+jwt}), a credential
 * or assertion as JSON, or JSON naming one: {@code {"url": …}}, {@code {"jwt": …}} or {@code {"credential": …}}.
 */
public final class VerificationRoutes {

    /** Where verifications are asked for. */
    public static final String PATH = "/v1/verifications";

    private static final List<String> ACCEPTED = List.of("credential", "jwt", "url");

    private final VerifyCredentialUseCase verify;
    private final JsonBodies bodies;

    /** Routes over this use case, reading JSON as every native route does. */
    public VerificationRoutes(VerifyCredentialUseCase verify, JsonBodies bodies) {
        this.verify = requireNonNull(verify, "verify");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    /** Adds the route. */
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::verify);
    }

    private void verify(Context ctx) {
        byte[] body = JsonBodies.raw(ctx, VerifyCredentialCommand.MAX_BYTES);
        Responses.ok(ctx, VerificationResponse.from(verify.verifyCredential(command(ctx, body))));
    }

    private VerifyCredentialCommand command(Context ctx, byte[] body) {
        if (body.length == 0) {
            throw RequestRejected.badRequest("body_required", "The request needs a body: a baked image, a"
                    + " credential, a VC-JWT, or JSON naming one.");
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("image/png")) {
            return new VerifyCredentialCommand(PresentedKind.PNG, body);
        }
        if (type.startsWith("image/svg+xml")) {
            return new VerifyCredentialCommand(PresentedKind.SVG, body);
        }
        if (type.startsWith("application/vc+jwt") || type.startsWith("application/jwt")) {
            return new VerifyCredentialCommand(PresentedKind.JWT, body);
        }
        if (type.startsWith("application/json") || type.startsWith("application/ld+json")
                || type.startsWith("application/vc+ld+json")) {
            return fromJson(body);
        }
        throw RequestRejected.withStatus(415, "media_type_unsupported", "Send image/png, image/svg+xml,"
                + " application/vc+jwt or application/json.");
    }

    private VerifyCredentialCommand fromJson(byte[] body) {
        JsonNode json = bodies.parse(body, JsonNode.class);
        if (!json.isObject()) {
            throw invalid();
        }
        if (json.has("@context")) {
            return new VerifyCredentialCommand(PresentedKind.JSON, body);
        }
        json.fieldNames().forEachRemaining(name -> {
            if (!ACCEPTED.contains(name)) {
                throw RequestRejected.badRequest("attribute_unknown", "Unknown attribute: " + name + ". Accepted: "
                        + String.join(", ", ACCEPTED) + ".");
            }
        });
        if (json.size() != 1) {
            throw invalid();
        }
        String name = json.fieldNames().next();
        JsonNode value = json.get(name);
        if (name.equals("credential") && value.isObject()) {
            return text(PresentedKind.JSON, value.toString());
        }
        if (!value.isTextual()) {
            throw RequestRejected.badRequest("attribute_type_mismatch", "The attribute " + name + " must be a"
                    + (name.equals("credential") ? "n object or a string." : " string."));
        }
        PresentedKind kind = name.equals("url") ? PresentedKind.URL : PresentedKind.JWT;
        return text(kind, value.asText());
    }

    private static VerifyCredentialCommand text(PresentedKind kind, String text) {
        return new VerifyCredentialCommand(kind, text.getBytes(StandardCharsets.UTF_8));
    }

    private static RequestRejected invalid() {
        return RequestRejected.badRequest("verification_input_invalid", "Send a credential or assertion as JSON,"
                + " or one of {\"url\": …}, {\"jwt\": …} or {\"credential\": …}.");
    }
}
