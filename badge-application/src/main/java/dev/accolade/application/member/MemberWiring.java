package dev.accolade.application.member;

import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.PasswordHasherPort;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.gameserver.GameServerRepository;
import dev.accolade.application.port.out.member.IdentityClaimRepository;
import dev.accolade.application.port.out.member.MemberRepository;
import dev.accolade.application.port.out.offer.OfferRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.Recipients;
import dev.accolade.application.shared.Uploads;

/** Builds the member feature's services over the ports and collaborators they use. */
public final class MemberWiring {

    private MemberWiring() {
    }

    /** The Members facade. */
    public static Members members(TransactionPort transactions, IdGeneratorPort ids, MemberRepository members,
            ClockPort clock, PasswordHasherPort passwords, TokenGeneratorPort tokens, CommandValidator validator,
            Access access, EventPublisherPort events, IdentityClaimRepository identityClaims, OfferRepository offers,
            AwardRepository awards, Uploads uploads, Recipients recipients, GameServerRepository gameServers,
            AccoladeSettings settings) {
        return new MemberService(transactions, ids, members, clock, passwords, tokens, validator, access,
                new Claiming(events, identityClaims, offers, awards), uploads, recipients, identityClaims, gameServers,
                settings);
    }
}
