package dev.accolade.application.session;

import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.PasswordHasherPort;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.member.IdentityClaimRepository;
import dev.accolade.application.port.out.member.MemberRepository;
import dev.accolade.application.port.out.member.MemberSessionRepository;
import dev.accolade.application.port.out.session.SignInAttemptsRepository;
import dev.accolade.application.shared.CommandValidator;

/** Builds the session feature's services over the ports and collaborators they use. */
public final class SessionWiring {

    private SessionWiring() {
    }

    /** The Sessions facade. */
    public static Sessions sessions(TransactionPort transactions, MemberRepository members,
            MemberSessionRepository sessions, IdentityClaimRepository identityClaims,
            SignInAttemptsRepository signInAttempts, ClockPort clock, PasswordHasherPort passwords,
            TokenGeneratorPort tokens, CommandValidator validator, AccoladeSettings settings) {
        return new SignInService(transactions, members, sessions, identityClaims, clock, passwords, tokens, validator,
                settings, new SignInThrottle(transactions, signInAttempts, clock));
    }
}
