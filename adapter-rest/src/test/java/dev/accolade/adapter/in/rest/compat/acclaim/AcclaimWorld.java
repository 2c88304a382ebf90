package dev.accolade.adapter.in.rest.compat.acclaim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.RateLimits;
import dev.accolade.adapter.in.rest.RestServer;
import dev.accolade.adapter.in.rest.RestSettings;
import dev.accolade.adapter.in.rest.TestServer;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import dev.accolade.adapter.out.openbadges.BadgeImages;
import dev.accolade.adapter.out.openbadges.OpenBadgesDocuments;
import dev.accolade.adapter.out.openbadges.verify.OpenBadgesVerifier;
import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.issuer.CreateApiKeyCommand;
import dev.accolade.application.issuer.CreateIssuerCommand;
import dev.accolade.application.member.ConfirmRegistrationCommand;
import dev.accolade.application.member.MemberDetails;
import dev.accolade.application.member.RegisterMemberCommand;
import dev.accolade.application.member.Registration;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.session.SignInCommand;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A server over a fresh in-memory store, with organizations, users and their tokens made
 * through the use cases, and a client that speaks the Acclaim dialect over real HTTP.
 */
final class AcclaimWorld implements AutoCloseable {

    static final String PASSWORD = "correct horse battery";

    private static final ObjectMapper JSON = new ObjectMapper();

    final Accolade accolade;
    private final RestServer server;
    private final String publicUrl;
    private final HttpClient client = HttpClient.newHttpClient();

    AcclaimWorld() {
        this(Instant::now);
    }

    AcclaimWorld(ClockPort clock) {
        this(Accolade.openStore("memory"), clock);
    }

    AcclaimWorld(StorePorts store, ClockPort clock) {
        this(store, clock, RateLimits.DEFAULT);
    }

    /** A world over this store and clock whose server has these rate limits. */
    AcclaimWorld(StorePorts store, ClockPort clock, RateLimits limits) {
        this(Accolade.builder().store(store).clock(clock).build(),
                new RestSettings("127.0.0.1", 0, TestServer.ADMIN_TOKEN).withRateLimits(limits));
    }

    private AcclaimWorld(Accolade accolade, RestSettings settings) {
        this.accolade = accolade;
        publicUrl = settings.publicUrl();
        server = RestServer.start(accolade, settings);
    }

    /**
     * A world whose server is reached at its public URL and serves Open Badges documents and badge images there,
     * drawing a picture for a template without an icon.
     */
    static AcclaimWorld servingImages() {
        int port = TestServer.freePort();
        String publicUrl = "http://127.0.0.1:" + port;
        Accolade accolade = Accolade.builder().store(Accolade.openStore("memory"))
                .settings(AccoladeSettings.DEFAULT.withPublicUrl(new WebUrl(publicUrl)))
                .openBadges(new OpenBadgesDocuments(), new BadgeImages(), new OpenBadgesVerifier()).build();
        return new AcclaimWorld(accolade, new RestSettings("127.0.0.1", port, TestServer.ADMIN_TOKEN, publicUrl));
    }

    /** The base URL links to this server's documents derive from. */
    String publicUrl() {
        return publicUrl;
    }

    /** An organization of the operator's, and its token. */
    Organization organization(String slug) {
        Issuer issuer = accolade.issuers().createIssuer(new CreateIssuerCommand(Actor.operator(), slug, "Org " + slug));
        return new Organization(issuer, key(issuer));
    }

    /** An organization a user owns, and an organization token of it. */
    Organization organizationOf(User user, String slug) {
        Issuer issuer = accolade.issuers().createIssuer(new CreateIssuerCommand(Actor.member(user.id()), slug,
                "Org " + slug));
        return new Organization(issuer, key(issuer));
    }

    private String key(Issuer issuer) {
        return accolade.apiKeys().createApiKey(new CreateApiKeyCommand(Actor.operator(), issuer.id(),
                "acclaim")).secret();
    }

    /** A confirmed user, signed in, and its user token. */
    User user(String email, String name) {
        Registration registration = accolade.members().registerMember(new RegisterMemberCommand(Actor.operator(),
                new MemberDetails(email, PASSWORD, name, null, null)));
        registration.confirmationToken()
                .ifPresent(token -> accolade.members().confirmRegistration(new ConfirmRegistrationCommand(token)));
        String token = accolade.sessions().signIn(new SignInCommand(email, PASSWORD)).token();
        return new User(registration.member().id(), email, token);
    }

    /** An active badge template of the organization, approved by the operator, whose awards wait as offers. */
    String activeTemplate(Organization organization, String name) {
        IssuerId issuer = organization.issuer().id();
        TemplateInput input = TemplateInput.titled(name).needingAcceptance(true);
        Template draft = accolade.templates().createTemplate(new CreateTemplateCommand(Actor.issuer(issuer), issuer,
                input, true));
        Template live = accolade.moderation().approveTemplate(new TemplateCommand(Actor.operator(), draft.id()));
        return AcclaimIds.format(Kind.BADGE_TEMPLATE, live.id().value());
    }

    Reply get(String path, String token) {
        return send(request(path).GET(), token);
    }

    Reply json(String method, String path, String token, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)), token);
    }

    Reply send(HttpRequest.Builder builder, String token) {
        if (token != null) {
            builder.header("Authorization", basic(token + ":"));
        }
        return exchange(builder);
    }

    Reply exchange(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Reply(response.statusCode(), response, JSON.readTree(body.isEmpty() ? "null" : body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path)));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + AcclaimRoutes.BASE + path;
    }

    /** A POST of form fields, each {@code {name, value}}, as curl's {@code -F} sends them: multipart in UTF-8. */
    static HttpRequest.Builder multipart(HttpRequest.Builder builder, List<String[]> fields) {
        String boundary = "------------------------d74496d66958873e";
        StringBuilder body = new StringBuilder();
        for (String[] field : fields) {
            body.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(field[0]).append("\"\r\n\r\n")
                    .append(field[1]).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return builder.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    }

    static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.close();
    }

    /** An organization and a token of it. */
    record Organization(Issuer issuer, String token) {

        String id() {
            return AcclaimIds.format(Kind.ORGANIZATION, issuer.id().value());
        }

        String path() {
            return "/v1/organizations/" + id();
        }
    }

    /** A user and its token. */
    record User(MemberId id, String email, String token) {
    }

    /** A response: its status, the raw response, and its body as JSON. */
    record Reply(int status, HttpResponse<String> raw, JsonNode json) {

        String message() {
            return json.path("message").asText();
        }

        String location() {
            return raw.headers().firstValue("Location").orElse("");
        }
    }
}
