package dev.accolade.domain.award;

import dev.accolade.domain.common.Check;

/**
 * Where an award's revocation bit lives: an index into one of its issuer's Bitstring Status Lists. An
 * issuer's awards are spread over lists by id, at most {@value #AWARDS_PER_LIST} awards to a list of
 * {@value #LIST_SIZE} bits, so that a random free index is always quickly found and the list does not
 * reveal the order awards were made in.
 *
 * @param list the list's number within the issuer
 * @param index the bit's index within the list
 */
public record StatusSlot(long list, int index) {

    /** The bits in one list: the specification's minimum, 16 KiB before compression. */
    public static final int LIST_SIZE = 131_072;
    /** The most awards one list serves: those whose ids share everything but their low 16 bits. */
    public static final int AWARDS_PER_LIST = 65_536;

    /** Checks both parts lie in range. */
    public StatusSlot {
        if (list < 0) {
            throw Check.invalid("status_list", "must not be negative");
        }
        if (index < 0 || index >= LIST_SIZE) {
            throw Check.invalid("status_index", "must lie between 0 and " + (LIST_SIZE - 1));
        }
    }

    /** The list an award's bit goes into. */
    public static long listOf(AwardId award) {
        return award.value() / AWARDS_PER_LIST;
    }
}
