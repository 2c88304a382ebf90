package dev.accolade.domain.identity;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.member.MemberId;

/**
 * How a recipient is named when awarded: a member id, an email address, or an external handle in a
 * namespace. Each has one canonical {@link #key()} that stores index and that {@link #parse} reads.
 */
public sealed interface Identity permits MemberIdentity, EmailIdentity, ExternalIdentity {

    /** The canonical form: {@code member:42}, {@code email:a@b.org} or {@code handle:minecraft:s/steve}. */
    String key();

    /** The identity of a member by id. */
    static Identity member(MemberId id) {
        return new MemberIdentity(id);
    }

    /** The identity of whoever holds an email address (normalised). */
    static Identity email(String address) {
        return new EmailIdentity(new EmailAddress(address));
    }

    /** The identity of an external handle in a namespace. */
    static Identity handle(String namespace, String handle) {
        return new ExternalIdentity(new Namespace(namespace), handle);
    }

    /** The identity a canonical key names; a key in any other spelling is {@code identity_invalid}. */
    static Identity parse(String key) {
        String value = Check.line(key, "identity", 512);
        Identity identity = parseParts(value);
        if (!identity.key().equals(value)) {
            throw Check.invalid("identity", "is not in canonical form; expected " + identity.key());
        }
        return identity;
    }

    private static Identity parseParts(String value) {
        int colon = value.indexOf(':');
        String rest = colon < 0 ? "" : value.substring(colon + 1);
        switch (colon < 0 ? "" : value.substring(0, colon)) {
            case "member":
                try {
                    return member(new MemberId(Long.parseLong(rest)));
                } catch (NumberFormatException e) {
                    throw Check.invalid("identity", "names no valid member id");
                }
            case "email":
                return email(rest);
            case "handle":
                int slash = rest.indexOf('/');
                if (slash < 0) {
                    throw Check.invalid("identity", "needs a namespace and a handle");
                }
                return handle(rest.substring(0, slash), rest.substring(slash + 1));
            default:
                throw Check.invalid("identity", "must start with member:, email: or handle:");
        }
    }
}
