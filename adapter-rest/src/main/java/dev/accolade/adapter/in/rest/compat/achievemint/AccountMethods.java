package dev.accolade.adapter.in.rest.compat.achievemint;

import dev.accolade.application.Accolade;
import dev.accolade.application.member.CreateSubAccountCommand;
import dev.accolade.application.member.FindMemberQuery;
import dev.accolade.application.member.MemberDetails;
import dev.accolade.application.member.RegisterMemberCommand;
import dev.accolade.application.member.Registration;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.ImageInput;
import dev.accolade.application.session.SignInCommand;
import dev.accolade.application.session.SignedIn;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.EmailIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.member.Member;
import java.util.Map;
import java.util.Optional;

/** {@code auth}, {@code user} and {@code create_user}: signing in, finding users and registering them. */
final class AccountMethods {

    private final Accolade accolade;
    private final ContentInputs contents;

    AccountMethods(Accolade accolade, ContentInputs contents) {
        this.accolade = accolade;
        this.contents = contents;
    }

    /** Adds the methods to the dialect's table. */
    void register(Map<String, AchieveMintMethod> methods) {
        methods.put("auth", this::auth);
        methods.put("user", this::user);
        methods.put("create_user", this::createUser);
    }

    /** Signs in by email and password; the User carries the 32-character token. */
    private Object auth(Call call) {
        Parameters parameters = call.parameters();
        Identity identity = Identities.required(parameters, "identity");
        String password = parameters.requiredText("password");
        if (!(identity instanceof EmailIdentity byEmail)) {
            throw DomainException.invalid("identity_email_required",
                    "auth identifies the account by its email: identity={\"email\":\"…\"}.");
        }
        SignedIn signedIn = accolade.sessions().signIn(new SignInCommand(byEmail.email().value(), password));
        Member member = signedIn.member();
        return Map.of("user", call.viewsAs(Actor.member(member.id())).user(member, true, signedIn.token()));
    }

    /** The confirmed user holding an identity. */
    private Object user(Call call) {
        Identity identity = Identities.required(call.parameters(), "identity");
        Member member = accolade.members().findMember(new FindMemberQuery(call.actor(), identity))
                .orElseThrow(() -> DomainException.notFound("user_not_found", "No user has this identity."));
        boolean showEmail = identity instanceof EmailIdentity
                || call.account().member().equals(Optional.of(member.id()));
        return Map.of("user", call.views().user(member, showEmail, null));
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
                ? accolade.members().createSubAccount(new CreateSubAccountCommand(actor, details))
                : accolade.members().registerMember(new RegisterMemberCommand(actor, details));
        return Map.of("user", call.views().user(registration.member(), true, null));
    }
}
