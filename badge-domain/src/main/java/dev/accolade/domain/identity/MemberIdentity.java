package dev.accolade.domain.identity;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.member.MemberId;

/**
 * A recipient named by member id.
 *
 * @param memberId the member
 */
public record MemberIdentity(MemberId memberId) implements Identity {

    /** Checks the member id is present. */
    public MemberIdentity {
        Check.required(memberId, "member_id");
    }

    @Override
    public String key() {
        return "member:" + memberId.value();
    }
}
