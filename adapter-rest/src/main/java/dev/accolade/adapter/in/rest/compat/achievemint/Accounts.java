package dev.accolade.adapter.in.rest.compat.achievemint;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.issuer.AuthenticateApiKeyUseCase;
import dev.accolade.application.issuer.OpenPersonalIssuerUseCase;
import dev.accolade.application.issuer.PersonalIssuerCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.session.AuthenticateMemberUseCase;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.Member;
import java.util.Optional;

/**
 * Tells which account a call's {@code token} stands for, and which issuer the account awards as:
 * the issuer of the API key given as token, or else the member's personal issuer.
 */
final class Accounts {

    private final AuthenticateMemberUseCase members;
    private final AuthenticateApiKeyUseCase apiKeys;
    private final OpenPersonalIssuerUseCase personalIssuers;

    Accounts(AuthenticateMemberUseCase members, AuthenticateApiKeyUseCase apiKeys,
            OpenPersonalIssuerUseCase personalIssuers) {
        this.members = requireNonNull(members, "members");
        this.apiKeys = requireNonNull(apiKeys, "apiKeys");
        this.personalIssuers = requireNonNull(personalIssuers, "personalIssuers");
    }

    /** The account of the token; {@code token_required} without one, {@code invalid_credentials} for a bad one. */
    Account of(Parameters parameters) {
        String token = parameters.text("token").orElseThrow(() -> DomainException.unauthenticated("token_required",
                "This method needs the token the auth method gives, as the token parameter."));
        return asMember(token).or(() -> asIssuerKey(token)).orElseThrow(() -> DomainException.unauthenticated(
                "invalid_credentials", "The token is not valid."));
    }

    /** The issuer the account awards as and owns templates through. */
    IssuerId issuerOf(Account account) {
        if (account.keyIssuer().isPresent()) {
            return account.keyIssuer().get();
        }
        return personalIssuers.openPersonalIssuer(new PersonalIssuerCommand(account.actor(),
                account.member().orElseThrow())).id();
    }

    private Optional<Account> asMember(String token) {
        try {
            Member member = members.authenticateMember(token);
            return Optional.of(new Account(Actor.member(member.id()), Optional.of(member.id()), Optional.empty()));
        } catch (DomainException e) {
            return refused(e);
        }
    }

    private Optional<Account> asIssuerKey(String token) {
        try {
            Issuer issuer = apiKeys.authenticateApiKey(token);
            Actor actor = issuer.owner().map(Actor::member).orElseGet(() -> Actor.issuer(issuer.id()));
            return Optional.of(new Account(actor, issuer.owner(), Optional.of(issuer.id())));
        } catch (DomainException e) {
            return refused(e);
        }
    }

    private static Optional<Account> refused(DomainException e) {
        if (e.category() == ErrorCategory.INVALID || "invalid_credentials".equals(e.code())) {
            return Optional.empty();
        }
        throw e;
    }
}
