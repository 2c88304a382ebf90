package dev.accolade.adapter.in.rest.compat.achievemint;

import dev.accolade.application.member.CreateSubAccountCommand;
import dev.accolade.application.member.CreateSubAccountUseCase;
import dev.accolade.application.member.FindMemberQuery;
import dev.accolade.application.member.FindMemberUseCase;
import dev.accolade.application.member.MemberDetails;
import dev.accolade.application.member.MemberView;
import dev.accolade.application.member.RegisterMemberCommand;
import dev.accolade.application.member.RegisterMemberUseCase;
import dev.accolade.application.member.Registration;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.ImageInput;
import dev.accolade.application.session.IdentitySignInCommand;
import dev.accolade.application.session.SignInByIdentityUseCase;
import dev.accolade.application.session.SignedIn;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.member.Member;
import java.util.Map;

/** {@code auth}, {@code user} and {@code create_user}: signing in, finding users and registering them. */
final class AccountMethods {

    private final SignInByIdentityUseCase signIn;
    private final FindMemberUseCase finder;
    private final RegisterMemberUseCase register;
    private final CreateSubAccountUseCase subAccounts;
    private final ContentInputs contents;

    AccountMethods(SignInByIdentityUseCase signIn, FindMemberUseCase finder, RegisterMemberUseCase register,
            CreateSubAccountUseCase subAccounts, ContentInputs contents) {
        this.signIn = signIn;
        this.finder = finder;
        this.register = register;
        this.subAccounts = subAccounts;
        this.contents = contents;
    }

    /** Adds the methods to the dialect's table. */
    void register(Map<String, AchieveMintMethod> methods) {
        methods.put("auth", this::auth);
        methods.put("user", this::user);
        methods.put("create_user", this::createUser);
    }

    /**
     * Signs in by any Identity field, as the specification allows ({@code {"email":…}}, {@code {"id":…}} or
     * a claimed handle), and the password; the User carries the 32-character token.
     */
    private Object auth(Call call) {
        Parameters parameters = call.parameters();
        Identity identity = Identities.required(parameters, "identity");
        String password = parameters.requiredText("password");
        SignedIn signedIn = signIn.signInByIdentity(new IdentitySignInCommand(identity, password,
                call.clientAddress()));
        Member member = signedIn.member();
        return Map.of("user", call.viewsAs(Actor.member(member.id())).user(member, true, signedIn.token()));
    }

    /** The confirmed user holding an identity. */
    private Object user(Call call) {
        Identity identity = Identities.required(call.parameters(), "identity");
        MemberView found = finder.findMember(new FindMemberQuery(call.actor(), identity))
                .orElseThrow(() -> DomainException.notFound("user_not_found", "No user has this identity."));
        return Map.of("user", call.views().user(found.member(), found.emailVisible(), null));
    }

    /** Registers a sub-account of the calling member (or a member, for an issuer's key without an owner). */
    private Object createUser(Call call) {
        Parameters parameters = call.parameters();
        Actor actor = call.actor();
        ImageInput avatar = parameters.object("avatar").map(image -> contents.image(image, "avatar", actor))
                .orElse(null);
        MemberDetails details = new MemberDetails(parameters.requiredText("email"),
                parameters.requiredText("password"), parameters.requiredText("name"),
                parameters.text("nickname").orElse(null), avatar);
        Registration registration = actor instanceof Actor.MemberActor
                ? subAccounts.createSubAccount(new CreateSubAccountCommand(actor, details))
                : register.registerMember(new RegisterMemberCommand(actor, details));
        return Map.of("user", call.views().user(registration.member(), true, null));
    }
}
