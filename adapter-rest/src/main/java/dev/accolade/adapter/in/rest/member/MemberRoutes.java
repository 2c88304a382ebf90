package dev.accolade.adapter.in.rest.member;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.input.JsonBodies;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.member.ClaimIdentityUseCase;
import dev.accolade.application.member.ConfirmRegistrationUseCase;
import dev.accolade.application.member.CreateSubAccountCommand;
import dev.accolade.application.member.CreateSubAccountUseCase;
import dev.accolade.application.member.FindMemberQuery;
import dev.accolade.application.member.FindMemberUseCase;
import dev.accolade.application.member.GetMemberQuery;
import dev.accolade.application.member.GetMemberUseCase;
import dev.accolade.application.member.IssueConfirmationTokenCommand;
import dev.accolade.application.member.IssueConfirmationTokenUseCase;
import dev.accolade.application.member.MemberView;
import dev.accolade.application.member.RegisterMemberCommand;
import dev.accolade.application.member.RegisterMemberUseCase;
import dev.accolade.application.member.Registration;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.member.MemberId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The native API's member routes: registration and its confirmation (tokens for the operator to send),
 * sessions (sign in and out), a member's account, sub-accounts, lookup by identity, and the operator's
 * linking of handles.
 */
public final class MemberRoutes {

    private static final String MEMBERS = "/v1/members";
    private static final String CONFIRMATIONS = MEMBERS + "/confirmations";
    private static final String ME = MEMBERS + "/me";
    private static final String SUB_ACCOUNTS = ME + "/sub_accounts";
    private static final String MEMBER = MEMBERS + "/{id}";
    private static final String IDENTITIES = MEMBER + "/identities";
    private static final String CONFIRMATION_TOKEN = MEMBER + "/confirmation_token";

    private final RegisterMemberUseCase registerMember;
    private final FindMemberUseCase findMember;
    private final ConfirmRegistrationUseCase confirmRegistration;
    private final GetMemberUseCase getMember;
    private final CreateSubAccountUseCase createSubAccount;
    private final ClaimIdentityUseCase claimIdentity;
    private final IssueConfirmationTokenUseCase issueConfirmationToken;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    /** Routes over these use cases. */
    public MemberRoutes(RegisterMemberUseCase registerMember, FindMemberUseCase findMember,
            ConfirmRegistrationUseCase confirmRegistration, GetMemberUseCase getMember,
            CreateSubAccountUseCase createSubAccount, ClaimIdentityUseCase claimIdentity,
            IssueConfirmationTokenUseCase issueConfirmationToken, Authenticator authenticator, JsonBodies bodies) {
        this.registerMember = requireNonNull(registerMember, "registerMember");
        this.findMember = requireNonNull(findMember, "findMember");
        this.confirmRegistration = requireNonNull(confirmRegistration, "confirmRegistration");
        this.getMember = requireNonNull(getMember, "getMember");
        this.createSubAccount = requireNonNull(createSubAccount, "createSubAccount");
        this.claimIdentity = requireNonNull(claimIdentity, "claimIdentity");
        this.issueConfirmationToken = requireNonNull(issueConfirmationToken, "issueConfirmationToken");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    /** Adds the routes; {@code /me} before {@code /{id}} so that it is not read as an id. */
    public void register(RoutesConfig routes) {
        routes.post(MEMBERS, this::register);
        routes.get(MEMBERS, this::find);
        routes.post(CONFIRMATIONS, this::confirm);
        routes.get(ME, this::getMe);
        routes.post(SUB_ACCOUNTS, this::createSubAccount);
        routes.get(MEMBER, this::getMember);
        routes.post(IDENTITIES, this::claimIdentity);
        routes.post(CONFIRMATION_TOKEN, this::issueConfirmationToken);
    }

    private void register(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        RegisterMemberRequest request = bodies.read(ctx, RegisterMemberRequest.class);
        created(ctx, registerMember.registerMember(new RegisterMemberCommand(actor, request.toDetails())));
    }

    private void find(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        FindMemberQuery query = new FindMemberQuery(actor, IdentityParameter.of(ctx));
        Responses.list(ctx, findMember.findMember(query).stream().map(MemberView::member).toList(),
                PublicMemberResponse::from);
    }

    private void confirm(Context ctx) {
        authenticator.actorOf(ctx);
        ConfirmRegistrationRequest request = bodies.read(ctx, ConfirmRegistrationRequest.class);
        Responses.ok(ctx, MemberResponse.from(confirmRegistration.confirmRegistration(request.toCommand())));
    }

    private void getMe(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        MemberId me = SignedInMember.of(actor);
        Responses.ok(ctx, MemberResponse.from(getMember.getMember(new GetMemberQuery(actor, me))));
    }

    private void createSubAccount(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        RegisterMemberRequest request = bodies.read(ctx, RegisterMemberRequest.class);
        created(ctx, createSubAccount.createSubAccount(new CreateSubAccountCommand(actor, request.toDetails())));
    }

    private void getMember(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        MemberId id = memberId(ctx);
        Responses.ok(ctx, MemberResponse.from(getMember.getMember(new GetMemberQuery(actor, id))));
    }

    private void claimIdentity(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        MemberId id = memberId(ctx);
        ClaimIdentityRequest request = bodies.read(ctx, ClaimIdentityRequest.class);
        Responses.ok(ctx, IdentityClaimResponse.from(claimIdentity.claimIdentity(request.toCommand(actor, id))));
    }

    private void issueConfirmationToken(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        MemberId id = memberId(ctx);
        Registration reissued = issueConfirmationToken.issueConfirmationToken(new IssueConfirmationTokenCommand(actor,
                id));
        Responses.ok(ctx, RegistrationResponse.from(reissued));
    }

    private static void created(Context ctx, Registration registration) {
        Responses.created(ctx, MEMBERS + "/" + registration.member().id().value(),
                RegistrationResponse.from(registration));
    }

    private static MemberId memberId(Context ctx) {
        return new MemberId(PathIds.of(ctx, "id"));
    }
}
