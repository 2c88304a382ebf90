package dev.accolade.application.port.in;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;

/**
 * Who is calling a use case, as the inbound adapter authenticated them. Services check every id
 * against it: an issuer reaches only its own things, a member only its own and public ones.
 */
public sealed interface Actor {

    /** The server's operator, who may do anything. */
    static Actor operator() {
        return new Operator();
    }

    /** A program holding an issuer's API key. */
    static Actor issuer(IssuerId issuer) {
        return new IssuerActor(issuer);
    }

    /** A signed-in member. */
    static Actor member(MemberId member) {
        return new MemberActor(member);
    }

    /** Nobody signed in. */
    static Actor anonymous() {
        return new Anonymous();
    }

    /** The server's operator. */
    record Operator() implements Actor {
    }

    /**
     * A program acting as an issuer.
     *
     * @param issuer the issuer
     */
    record IssuerActor(IssuerId issuer) implements Actor {

        /** Checks the issuer is present. */
        public IssuerActor {
            requireNonNull(issuer, "issuer");
        }
    }

    /**
     * A signed-in member, who also acts as the issuers it owns.
     *
     * @param member the member
     */
    record MemberActor(MemberId member) implements Actor {

        /** Checks the member is present. */
        public MemberActor {
            requireNonNull(member, "member");
        }
    }

    /** Nobody signed in: public reads only. */
    record Anonymous() implements Actor {
    }
}
