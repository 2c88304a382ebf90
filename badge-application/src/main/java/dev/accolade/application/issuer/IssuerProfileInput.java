package dev.accolade.application.issuer;

import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.issuer.IssuerProfile;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * An issuer's profile as a caller gives it; absent parts are empty.
 *
 * @param url its web site, an http or https URL
 * @param email where to write to it
 * @param image its logo, an http or https URL
 * @param description what it says of itself
 * @param timeZone the IANA name of the zone its days are counted in; blank means UTC
 */
public record IssuerProfileInput(@Size(max = WebUrl.MAX_LENGTH) String url,
        @Size(max = EmailAddress.MAX_LENGTH) String email, @Size(max = WebUrl.MAX_LENGTH) String image,
        @Size(max = IssuerProfile.MAX_DESCRIPTION_LENGTH) String description,
        @Size(max = MAX_TIME_ZONE_LENGTH) String timeZone) {

    /** The longest time zone name accepted. */
    public static final int MAX_TIME_ZONE_LENGTH = 64;

    /** A profile that says nothing. */
    public static final IssuerProfileInput NONE = new IssuerProfileInput("", "", "", "", "");

    /** The profile, checked: {@code url_invalid}, {@code email_invalid}, {@code image_invalid}. */
    public IssuerProfile toProfile() {
        return new IssuerProfile(present(url).map(value -> WebUrl.of(value, "url")),
                present(email).map(EmailAddress::new), present(image).map(value -> WebUrl.of(value, "image")),
                description, IssuerProfile.zoneNamed(timeZone));
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}
