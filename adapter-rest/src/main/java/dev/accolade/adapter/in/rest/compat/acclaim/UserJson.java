package dev.accolade.adapter.in.rest.compat.acclaim;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import dev.accolade.domain.member.Member;

/**
 * A user as Acclaim shows it: one of our members, the name split at its first space.
 *
 * @param id the member's id in UUID form
 * @param firstName the name up to its first space
 * @param lastName the rest of the name, null when it is one word
 * @param email the member's address
 * @param createdAt when the member registered
 */
public record UserJson(String id, String firstName, String lastName, String email, String createdAt) {

    /** The member as a user. */
    public static UserJson from(Member member) {
        String name = member.name().strip();
        int space = name.indexOf(' ');
        return new UserJson(AcclaimIds.format(Kind.USER, member.id().value()),
                space < 0 ? name : name.substring(0, space), space < 0 ? null : name.substring(space + 1).strip(),
                member.email().value(), member.registeredAt().toString());
    }
}
