package dev.accolade.adapter.in.rest.auth;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.issuer.AuthenticateApiKeyUseCase;
import dev.accolade.application.port.in.InvalidCredentials;
import dev.accolade.application.session.AuthenticateMemberUseCase;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import java.util.Optional;

/**
 * What a bearer token stands for, shared by every API that takes one: an issuer's API key, or a
 * member's session. A token that is neither reads as empty; any other refusal (an unconfirmed or
 * inactive member) is thrown as it is, so that the caller learns why.
 */
public final class Tokens {

    private final AuthenticateApiKeyUseCase apiKeys;
    private final AuthenticateMemberUseCase members;

    /** Tokens told apart by these use cases. */
    public Tokens(AuthenticateApiKeyUseCase apiKeys, AuthenticateMemberUseCase members) {
        this.apiKeys = requireNonNull(apiKeys, "apiKeys");
        this.members = requireNonNull(members, "members");
    }

    /** The issuer whose API key the token is, if it is one. */
    public Optional<Issuer> issuerOf(String token) {
        try {
            return Optional.of(apiKeys.authenticateApiKey(token));
        } catch (DomainException e) {
            return notOne(e);
        }
    }

    /** The member whose session the token is, if it is one. */
    public Optional<Member> memberOf(String token) {
        try {
            return Optional.of(members.authenticateMember(token));
        } catch (DomainException e) {
            return notOne(e);
        }
    }

    private static <T> Optional<T> notOne(DomainException e) {
        if (e.category() == ErrorCategory.INVALID || InvalidCredentials.is(e)) {
            return Optional.empty();
        }
        throw e;
    }
}
