package dev.accolade.domain.member;

import dev.accolade.domain.common.Ids;

/**
 * The id of a member.
 *
 * @param value a positive whole number below 2^53
 */
public record MemberId(long value) {

    /** Checks the value is a valid id. */
    public MemberId {
        Ids.check(value, "member_id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
