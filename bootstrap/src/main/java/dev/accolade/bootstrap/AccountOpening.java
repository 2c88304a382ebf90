package dev.accolade.bootstrap;

import dev.accolade.application.Accolade;
import dev.accolade.application.issuer.PersonalIssuerCommand;
import dev.accolade.application.member.ConfirmRegistrationCommand;
import dev.accolade.application.member.MemberDetails;
import dev.accolade.application.member.RegisterMemberCommand;
import dev.accolade.application.member.Registration;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;

/** Opens an account as the operator: a confirmed member with its personal issuer, as Achieve Mint accounts are. */
final class AccountOpening {

    private AccountOpening() {
    }

    /** The new member, confirmed, and its personal issuer; {@code email_taken} when the address is registered. */
    static NewMemberOutput open(Accolade accolade, MemberDetails details) {
        Registration registration = accolade.members().registerMember(new RegisterMemberCommand(Actor.operator(),
                details));
        Member member = registration.confirmationToken()
                .map(token -> accolade.members().confirmRegistration(new ConfirmRegistrationCommand(token)))
                .orElse(registration.member());
        Issuer issuer = accolade.issuers().openPersonalIssuer(new PersonalIssuerCommand(Actor.operator(), member.id()));
        return new NewMemberOutput(MemberOutput.from(member), IssuerOutput.from(issuer));
    }
}
