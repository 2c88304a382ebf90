package dev.accolade.adapter.in.rest.grant;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.identity.EmailIdentity;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.MemberIdentity;
import dev.accolade.domain.member.MemberId;
import java.util.stream.Stream;

/**
 * A recipient identity in JSON. A client names it one way: by {@code member_id}, by {@code email},
 * by {@code namespace} with {@code handle}, or by its canonical {@code key} such as
 * {@code email:ada@example.org}. Responses fill in the key and the parts of its kind.
 *
 * @param key the canonical key
 * @param memberId the member, for a member identity
 * @param email the address, for an email identity
 * @param namespace the namespace, for a handle
 * @param handle the handle in its namespace
 */
public record RecipientJson(String key, Long memberId, String email, String namespace, String handle) {

    /** The identity this names; {@code recipient_invalid} unless exactly one way is used. */
    public Identity toIdentity() {
        long ways = Stream.of(key != null, memberId != null, email != null, namespace != null || handle != null)
                .filter(Boolean::booleanValue).count();
        if (ways != 1) {
            throw Check.invalid("recipient",
                    "must name exactly one of: member_id, email, namespace with handle, or key");
        }
        if (key != null) {
            return Identity.parse(key);
        }
        if (memberId != null) {
            return Identity.member(new MemberId(memberId));
        }
        if (email != null) {
            return Identity.email(email);
        }
        return Identity.handle(namespace, handle);
    }

    /** The JSON for an identity. */
    public static RecipientJson from(Identity identity) {
        if (identity instanceof MemberIdentity member) {
            return new RecipientJson(identity.key(), member.memberId().value(), null, null, null);
        }
        if (identity instanceof EmailIdentity address) {
            return new RecipientJson(identity.key(), null, address.email().value(), null, null);
        }
        ExternalIdentity external = (ExternalIdentity) identity;
        return new RecipientJson(identity.key(), null, null, external.namespace().value(), external.handle());
    }
}
