package dev.accolade.bootstrap;

import dev.accolade.application.Accolade;
import dev.accolade.application.member.FindMemberQuery;
import dev.accolade.application.member.MemberDetails;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.identity.EmailIdentity;
import java.util.List;

/**
 * The sandbox's predefined users, who "can create other test users and perform any API operations":
 * made at startup when missing, each a confirmed member with its personal issuer, their fixed
 * credentials printed and documented (README, docs/compat/achievemint.md).
 */
final class SandboxUsers {

    /** The predefined users. */
    static final List<MemberDetails> USERS = List.of(
            new MemberDetails("demo@sandbox.accolade.test", "sandbox-demo", "Sandbox Demo", "demo", null),
            new MemberDetails("tester@sandbox.accolade.test", "sandbox-tester", "Sandbox Tester", "tester", null));

    private SandboxUsers() {
    }

    /** Creates the users that do not exist yet and prints every user's credentials. */
    static void ensure(Accolade accolade, CliOutput output) {
        for (MemberDetails user : USERS) {
            boolean exists = accolade.members().findMember(new FindMemberQuery(Actor.operator(),
                    new EmailIdentity(new EmailAddress(user.email())))).isPresent();
            if (!exists) {
                AccountOpening.open(accolade, user);
            }
            output.notice("Sandbox user: " + user.email() + " / " + user.password());
        }
    }
}
