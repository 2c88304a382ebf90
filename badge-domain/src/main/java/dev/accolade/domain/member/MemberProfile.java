package dev.accolade.domain.member;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.ImageRef;
import dev.accolade.domain.identity.EmailAddress;
import java.util.Optional;

/**
 * What a member tells about themselves: email, name, nickname and avatar.
 *
 * @param email the normalised email address
 * @param name the full name, at most 50 characters
 * @param nickname an optional nickname, at most 50 characters
 * @param avatar an optional picture
 */
public record MemberProfile(EmailAddress email, String name, Optional<String> nickname, Optional<ImageRef> avatar) {

    /** The longest name accepted. */
    public static final int MAX_NAME_LENGTH = 50;
    /** The longest nickname accepted. */
    public static final int MAX_NICKNAME_LENGTH = 50;

    /** Checks every part. */
    public MemberProfile {
        Check.required(email, "email");
        name = Check.line(name, "name", MAX_NAME_LENGTH);
        nickname = Check.optionalLine(requireNonNull(nickname, "nickname").orElse(null), "nickname",
                MAX_NICKNAME_LENGTH);
        requireNonNull(avatar, "avatar");
    }
}
