package dev.accolade.adapter.in.rest.compat.achievemint;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Tokens;
import dev.accolade.application.issuer.OpenPersonalIssuerUseCase;
import dev.accolade.application.issuer.PersonalIssuerCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.IssuerId;
import java.util.Optional;

/**
 * Tells which account a call's {@code token} stands for, and which issuer the account awards as:
 * the issuer of the API key given as token, or else the member's personal issuer.
 */
final class Accounts {

    private final Tokens tokens;
    private final OpenPersonalIssuerUseCase personalIssuers;

    Accounts(Tokens tokens, OpenPersonalIssuerUseCase personalIssuers) {
        this.tokens = requireNonNull(tokens, "tokens");
        this.personalIssuers = requireNonNull(personalIssuers, "personalIssuers");
    }

    /** The account of the token; {@code token_required} without one, {@code invalid_credentials} for a bad one. */
    Account of(Parameters parameters) {
        String token = parameters.text("token").orElseThrow(() -> DomainException.unauthenticated("token_required",
                "This method needs the token the auth method gives, as the token parameter."));
        Optional<Account> member = tokens.memberOf(token)
                .map(found -> new Account(Actor.member(found.id()), Optional.of(found.id()), Optional.empty()));
        return member.or(() -> tokens.issuerOf(token).map(issuer -> new Account(
                issuer.owner().map(Actor::member).orElseGet(() -> Actor.issuer(issuer.id())), issuer.owner(),
                Optional.of(issuer.id())))).orElseThrow(() -> DomainException.unauthenticated("invalid_credentials",
                "The token is not valid."));
    }

    /** The issuer the account awards as and owns templates through. */
    IssuerId issuerOf(Account account) {
        if (account.keyIssuer().isPresent()) {
            return account.keyIssuer().get();
        }
        return personalIssuers.openPersonalIssuer(new PersonalIssuerCommand(account.actor(),
                account.member().orElseThrow())).id();
    }
}
