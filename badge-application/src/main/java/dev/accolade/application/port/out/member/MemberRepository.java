package dev.accolade.application.port.out.member;

import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import java.util.Optional;

/**
 * Stores members; emails are unique ({@code email_taken}), and so are the hashes of pending
 * confirmation tokens ({@code confirmation_token_taken}).
 */
public interface MemberRepository {

    /** Adds a new member. */
    void insert(Member member);

    /** Replaces a stored member. */
    void update(Member member);

    /** The member with this id. */
    Optional<Member> findById(MemberId id);

    /** The member registered with this email, confirmed or not. */
    Optional<Member> findByEmail(EmailAddress email);

    /** The unconfirmed member whose confirmation token hashes to this value. */
    Optional<Member> findByConfirmationHash(SecretHash hash);

    /** How many members have confirmed their registration: the site's "members registered" figure. */
    long countConfirmed();
}
