package dev.accolade.adapter.in.rest.compat.achievemint;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import java.util.Optional;

/**
 * The Achieve Mint account a token stands for: a member (by its session token, or by the API key of
 * an issuer it owns), or an issuer without an owner (by its API key).
 *
 * @param actor who acts in the use cases
 * @param member the member behind the account, if any
 * @param keyIssuer the issuer whose API key was the token, if one was
 */
record Account(Actor actor, Optional<MemberId> member, Optional<IssuerId> keyIssuer) {

    /** Checks every part is present. */
    Account {
        requireNonNull(actor, "actor");
        requireNonNull(member, "member");
        requireNonNull(keyIssuer, "keyIssuer");
    }
}
