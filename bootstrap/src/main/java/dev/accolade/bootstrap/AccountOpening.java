package dev.accolade.bootstrap;

import dev.accolade.application.Accolade;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.issuer.PersonalIssuerCommand;
import dev.accolade.application.port.in.member.ConfirmRegistrationCommand;
import dev.accolade.application.port.in.member.MemberDetails;
import dev.accolade.application.port.in.member.RegisterMemberCommand;
import dev.accolade.application.port.in.member.Registration;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;

/** Opens an account as the operator: a confirmed member with its personal issuer, as Achieve Mint accounts are. */
final class AccountOpening {

    private AccountOpening() {
    }

    /** The new member, confirmed, and its personal issuer; {@code email_taken} when the address is registered. */
    static NewMemberOutput open(Accolade accolade, MemberDetails details) {
        Registration registration = accolade.registerMember(new RegisterMemberCommand(Actor.operator(), details));
        Member member = registration.confirmationToken()
                .map(token -> accolade.confirmRegistration(new ConfirmRegistrationCommand(token)))
                .orElse(registration.member());
        Issuer issuer = accolade.openPersonalIssuer(new PersonalIssuerCommand(Actor.operator(), member.id()));
        return new NewMemberOutput(MemberOutput.from(member), IssuerOutput.from(issuer));
    }
}
