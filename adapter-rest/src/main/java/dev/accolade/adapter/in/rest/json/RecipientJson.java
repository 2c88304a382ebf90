package dev.accolade.adapter.in.rest.json;

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

    /** The key shown for an email address the caller may not see. */
    public static final String HIDDEN_EMAIL = "email";

    private static final Long NO_MEMBER = null;
    private static final String NO_EMAIL = null;
    private static final String NO_NAMESPACE = null;
    private static final String NO_HANDLE = null;

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

    /**
     * The JSON for an identity a caller may or may not see the address of: an email address the
     * application says it may not see reads as {@code {"key": "email", …}} with no address.
     */
    public static RecipientJson from(Identity identity, boolean emailVisible) {
        if (identity instanceof EmailIdentity && !emailVisible) {
            return new RecipientJson(HIDDEN_EMAIL, NO_MEMBER, NO_EMAIL, NO_NAMESPACE, NO_HANDLE);
        }
        return from(identity);
    }

    /** The JSON for an identity: its key, and the parts of its kind. */
    public static RecipientJson from(Identity identity) {
        RecipientJson keyed = new RecipientJson(identity.key(), NO_MEMBER, NO_EMAIL, NO_NAMESPACE, NO_HANDLE);
        if (identity instanceof MemberIdentity member) {
            return keyed.withMember(member.memberId().value());
        }
        if (identity instanceof EmailIdentity address) {
            return keyed.withEmail(address.email().value());
        }
        ExternalIdentity external = (ExternalIdentity) identity;
        return keyed.withHandle(external.namespace().value(), external.handle());
    }

    private RecipientJson withMember(long id) {
        return new RecipientJson(key, id, email, namespace, handle);
    }

    private RecipientJson withEmail(String address) {
        return new RecipientJson(key, memberId, address, namespace, handle);
    }

    private RecipientJson withHandle(String space, String name) {
        return new RecipientJson(key, memberId, email, space, name);
    }
}
