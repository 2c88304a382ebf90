package dev.accolade.application.issuer;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.issuer.ApiKeyRepository;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.application.port.out.member.MemberRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.domain.common.WebUrl;
import java.util.Optional;

/** Builds the issuer feature's services over the ports and collaborators they use. */
public final class IssuerWiring {

    private IssuerWiring() {
    }

    /** The Issuers facade. */
    public static Issuers issuers(TransactionPort transactions, IdGeneratorPort ids, IssuerRepository issuers,
            MemberRepository members, ClockPort clock, CommandValidator validator, Access access,
            Optional<WebUrl> pinnedBase) {
        return new IssuerService(transactions, ids, issuers, members, clock, validator, access, pinnedBase);
    }

    /** The ApiKeys facade. */
    public static ApiKeys apiKeys(TransactionPort transactions, IdGeneratorPort ids, IssuerRepository issuers,
            ApiKeyRepository apiKeys, ClockPort clock, TokenGeneratorPort tokens, CommandValidator validator,
            Access access) {
        return new ApiKeyService(transactions, ids, issuers, apiKeys, clock, tokens, validator, access);
    }
}
