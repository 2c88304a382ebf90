package dev.accolade.application.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.domain.common.SealedSecret;
import org.junit.jupiter.api.Test;

/** Sealing secrets with AES-GCM under a master key. */
class AesGcmSecretSealerTest {

    private final AesGcmSecretSealer sealer = AesGcmSecretSealer.withRandomKey();

    @Test
    void a_sealed_secret_opens_to_itself_and_shows_nothing_of_it() {
        SealedSecret sealed = sealer.seal("abc123 ünïcødé");

        assertThat(sealed.value()).startsWith("v1.").doesNotContain("abc123");
        assertThat(sealer.open(sealed)).isEqualTo("abc123 ünïcødé");
    }

    @Test
    void sealing_twice_gives_different_values() {
        assertThat(sealer.seal("same")).isNotEqualTo(sealer.seal("same"));
    }

    @Test
    void a_value_sealed_under_another_key_does_not_open() {
        SealedSecret foreign = AesGcmSecretSealer.withRandomKey().seal("secret");

        assertThatThrownBy(() -> sealer.open(foreign)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_changed_character_does_not_open() {
        String value = sealer.seal("secret").value();
        int middle = value.length() / 2;
        char replaced = value.charAt(middle) == 'A' ? 'B' : 'A';
        SealedSecret changed = new SealedSecret(value.substring(0, middle) + replaced + value.substring(middle + 1));

        assertThatThrownBy(() -> sealer.open(changed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_same_key_opens_what_another_sealer_with_it_sealed() {
        byte[] key = AesGcmSecretSealer.newMasterKey();

        assertThat(new AesGcmSecretSealer(key).open(new AesGcmSecretSealer(key).seal("shared"))).isEqualTo("shared");
        assertThatThrownBy(() -> new AesGcmSecretSealer(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
