package dev.accolade.adapter.in.rest;

import java.util.Base64;
import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;

import dev.accolade.adapter.in.rest.TestServer.Reply;
import dev.accolade.adapter.out.openbadges.BadgeImages;
import dev.accolade.adapter.out.openbadges.OpenBadgesDocuments;
import dev.accolade.adapter.out.openbadges.verify.OpenBadgesVerifier;
import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeBuilder;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.member.ConfirmRegistrationCommand;
import dev.accolade.application.member.MemberDetails;
import dev.accolade.application.member.RegisterMemberCommand;
import dev.accolade.application.member.Registration;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.ImageInput;
import dev.accolade.application.port.out.CallbackSenderPort;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.RemoteDocumentPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.session.SignInCommand;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.application.template.UpdateTemplateCommand;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;

/** A server with issuers, published templates and signed-in members, made through the use cases. */
public final class GrantFixture implements AutoCloseable {

    public static final String PASSWORD = "correct horse battery";

    public final StorePorts store = Accolade.openStore("memory");
    /** The store the server runs on, which tells the writes it committed. */
    public final WriteWatchingStore writes = new WriteWatchingStore(store);
    public final Accolade accolade;
    public final TestServer server;

    /** A fixture on the system clock. */
    public GrantFixture() {
        this(Accolade.builder());
    }

    /** A fixture on this clock. */
    public GrantFixture(ClockPort clock) {
        this(Accolade.builder().clock(clock));
    }

    /** A fixture whose callback URLs this sender checks. */
    public GrantFixture(CallbackSenderPort callbacks) {
        this(Accolade.builder().callbackSender(callbacks));
    }

    private GrantFixture(AccoladeBuilder builder) {
        this(builder, RateLimits.DEFAULT);
    }

    private GrantFixture(AccoladeBuilder builder, RateLimits limits) {
        accolade = builder.store(writes).build();
        server = TestServer.start(accolade, limits);
    }

    /**
     * A fixture whose server limits no request rate: for sweeps that send hundreds of requests a second with
     * one token from one address.
     */
    public static GrantFixture withoutRateLimits() {
        return new GrantFixture(Accolade.builder(), RateLimits.OFF);
    }

    private GrantFixture(AccoladeBuilder builder, int port) {
        String publicUrl = "http://127.0.0.1:" + port;
        accolade = builder.store(writes).settings(AccoladeSettings.DEFAULT.withPublicUrl(new WebUrl(publicUrl)))
                .openBadges(new OpenBadgesDocuments(), new BadgeImages(), new OpenBadgesVerifier()).build();
        server = TestServer.start(accolade, port, publicUrl);
    }

    /** A fixture that issues Open Badges credentials under its own address, and verifies them. */
    public static GrantFixture issuingCredentials() {
        return new GrantFixture(Accolade.builder(), TestServer.freePort());
    }

    /** A fixture like {@link #issuingCredentials()} that fetches other servers' documents through this port. */
    public static GrantFixture issuingCredentials(RemoteDocumentPort remoteDocuments) {
        return new GrantFixture(Accolade.builder().remoteDocuments(remoteDocuments), TestServer.freePort());
    }

    /** The public URL the server's credentials live under. */
    public String publicUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** An issuer and one of its API keys. */
    public Issuer issuer(String slug) {
        long id = server.createIssuer(slug);
        return new Issuer(id, server.createApiKey(id));
    }

    /** A published template of the issuer. */
    public long template(Issuer issuer, String title, boolean repeatable, boolean acceptanceRequired) {
        IssuerId id = new IssuerId(issuer.id());
        TemplateInput input = new TemplateInput(title, null, null, null, null, null, null, null, false, repeatable,
                acceptanceRequired);
        Template draft = accolade.templates().createTemplate(new CreateTemplateCommand(Actor.issuer(id), id, input,
                true));
        return accolade.moderation().approveTemplate(new TemplateCommand(Actor.operator(), draft.id())).id().value();
    }

    /** A published, repeatable template of the issuer with an icon the server stores: these PNG bytes. */
    public long templateWithIcon(Issuer issuer, String title, byte[] png) {
        IssuerId id = new IssuerId(issuer.id());
        TemplateInput input = TemplateInput.titled(title).repeatable(true)
                .withIcon(new ImageInput("png", null, Base64.getEncoder().encodeToString(png)));
        Template draft = accolade.templates().createTemplate(new CreateTemplateCommand(Actor.issuer(id), id, input,
                true));
        return accolade.moderation().approveTemplate(new TemplateCommand(Actor.operator(), draft.id())).id().value();
    }

    /** Edits a published template of the issuer into a new version with another title, which waits in review. */
    public void rename(Issuer issuer, long template, String newTitle) {
        Actor actor = Actor.issuer(new IssuerId(issuer.id()));
        Template live = accolade.templates().getTemplate(new TemplateCommand(actor,
                new TemplateId(template))).template();
        TemplateInput renamed = new TemplateInput(newTitle, null, null, null, null, null, null, null, false,
                live.details().repeatable(), live.details().acceptanceRequired());
        accolade.templates().updateTemplate(new UpdateTemplateCommand(actor, live.id(), renamed));
    }

    /** A confirmed, signed-in member. */
    public Member member(String email) {
        Registration registration = accolade.members().registerMember(
                new RegisterMemberCommand(Actor.operator(), new MemberDetails(email, PASSWORD, "Member " + email, null,
                        null)));
        registration.confirmationToken()
                .ifPresent(token -> accolade.members().confirmRegistration(new ConfirmRegistrationCommand(token)));
        String token = accolade.sessions().signIn(new SignInCommand(email, PASSWORD)).token();
        return new Member(registration.member().id().value(), email, token);
    }

    /** Awards a template over HTTP and returns the reply. */
    public Reply award(long template, String key, String recipientJson) {
        return server.post("/v1/templates/" + template + "/awards", key, "{\"recipient\":" + recipientJson + "}");
    }

    /** Whether a member registered with this email address, confirmed or not. */
    public boolean registered(String email) {
        return store.transactions().readOnly(() -> store.members().findByEmail(new EmailAddress(email))).isPresent();
    }

    /** The body of a GET as the operator, to compare before and after. */
    public String asOperator(String path) {
        return server.get(path, ADMIN_TOKEN).raw().body();
    }

    @Override
    public void close() {
        server.close();
    }

    /** An issuer's id and API key. */
    public record Issuer(long id, String key) {
    }

    /** A member's id, email address and session token. */
    public record Member(long id, String email, String token) {

        String recipient() {
            return "{\"member_id\":" + id + "}";
        }
    }
}
