package dev.accolade.domain.issuer;

import dev.accolade.domain.common.Ids;

/**
 * The id of an issuer's API key.
 *
 * @param value a positive whole number below 2^53
 */
public record ApiKeyId(long value) {

    /** Checks the value is a valid id. */
    public ApiKeyId {
        Ids.check(value, "api_key_id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
