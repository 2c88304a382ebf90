package dev.accolade.application.member;

import dev.accolade.application.port.in.ImageInput;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.member.MemberProfile;
import dev.accolade.domain.member.PasswordPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * What a person gives to register: the account's details, checked whole before anything is written.
 *
 * @param email the email address, at most 128 characters
 * @param password the password, 8 to 128 characters
 * @param name the full name, at most 50 characters
 * @param nickname an optional nickname, at most 50 characters
 * @param avatar an optional picture
 */
public record MemberDetails(@NotBlank @Size(max = EmailAddress.MAX_LENGTH) String email,
        @NotEmpty @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String password,
        @NotBlank @Size(max = MemberProfile.MAX_NAME_LENGTH) String name,
        @Size(max = MemberProfile.MAX_NICKNAME_LENGTH) String nickname, @Valid ImageInput avatar) {

    /** Details with no nickname and no picture, as a registration form gives them. */
    public static MemberDetails named(String email, String password, String name) {
        return new MemberDetails(email, password, name, null, (ImageInput) null);
    }

    @Override
    public String toString() {
        return "MemberDetails[" + email + "]";
    }
}
