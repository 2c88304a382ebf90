package dev.accolade.domain.issuer;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.identity.EmailAddress;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An issuer's profile says where it lives on the web and how to write to it; its credential base is pinned once. */
class IssuerProfileTest {

    private static final Issuer ISSUER = Issuer.create(new IssuerId(1), new IssuerSlug("demo"), "Demo",
            Optional.empty(), T0);

    @Test
    void a_profile_with_a_web_site_and_an_email_is_complete() {
        IssuerProfile profile = new IssuerProfile(Optional.of(new WebUrl("https://demo.example")),
                Optional.of(new EmailAddress("badges@demo.example")), Optional.empty(), " Who we are ");

        assertThat(profile.isComplete()).isTrue();
        assertThat(profile.description()).isEqualTo("Who we are");
        assertThat(IssuerProfile.EMPTY.isComplete()).isFalse();
    }

    @Test
    void a_description_has_at_most_1000_characters() {
        assertInvalid(() -> new IssuerProfile(Optional.empty(), Optional.empty(), Optional.empty(), "x".repeat(1001)),
                "description", "description_too_long");
    }

    @Test
    void a_time_zone_is_named_by_iana_name_or_offset_and_blank_means_utc() {
        assertThat(IssuerProfile.zoneNamed("Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(IssuerProfile.zoneNamed(" +02:00 ")).isEqualTo(ZoneId.of("+02:00"));
        assertThat(IssuerProfile.zoneNamed("")).isEqualTo(IssuerProfile.UTC);
        assertThat(IssuerProfile.zoneNamed(null)).isEqualTo(IssuerProfile.UTC);
        assertThat(IssuerProfile.EMPTY.timeZone()).isEqualTo(IssuerProfile.UTC);
        assertInvalid(() -> IssuerProfile.zoneNamed("Mars/Olympus_Mons"), "time_zone", "time_zone_invalid");
        assertInvalid(() -> IssuerProfile.zoneNamed("+25:00"), "time_zone", "time_zone_invalid");
    }

    @Test
    void a_new_issuer_has_an_empty_profile_and_no_credential_base() {
        assertThat(ISSUER.profile()).isEqualTo(IssuerProfile.EMPTY);
        assertThat(ISSUER.credentialBase()).isEmpty();
    }

    @Test
    void the_credential_base_is_pinned_once_and_then_kept() {
        Issuer pinned = ISSUER.pinCredentialsTo(new WebUrl("https://badges.example"));

        assertThat(pinned.credentialBase()).contains(new WebUrl("https://badges.example"));
        assertThat(pinned.pinCredentialsTo(new WebUrl("https://moved.example")).credentialBase())
                .contains(new WebUrl("https://badges.example"));
    }

    @Test
    void a_new_profile_replaces_the_old_and_changes_equality() {
        IssuerProfile profile = new IssuerProfile(Optional.of(new WebUrl("https://demo.example")), Optional.empty(),
                Optional.empty(), "");

        assertThat(ISSUER.withProfile(profile).profile()).isEqualTo(profile);
        assertThat(ISSUER.withProfile(profile)).isNotEqualTo(ISSUER);
    }
}
