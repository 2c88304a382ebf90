package dev.accolade.domain.identity;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Namespaces are ':'-separated parts of lower-case letters, digits, '.', '_' and '-', at most 100 characters. */
class NamespaceTest {

    @ParameterizedTest
    @ValueSource(strings = {"minecraft", "minecraft:survival", "userbadges:topchefs", "mc:play.example.org:25565",
            "a-b_c.d", "0"})
    void well_formed_namespaces_are_accepted(String value) {
        assertThat(new Namespace(value).value()).isEqualTo(value);
    }

    @Test
    void a_namespace_is_trimmed_and_lower_cased() {
        assertThat(new Namespace(" Minecraft:Survival ").value()).isEqualTo("minecraft:survival");
    }

    @Test
    void a_namespace_of_100_characters_is_accepted() {
        assertThat(new Namespace("n".repeat(Namespace.MAX_LENGTH)).value()).hasSize(100);
    }

    @Test
    void a_namespace_of_101_characters_is_refused() {
        assertInvalid(() -> new Namespace("n".repeat(101)), "namespace", "namespace_too_long");
    }

    @Test
    void a_blank_namespace_is_required() {
        assertInvalid(() -> new Namespace(null), "namespace", "namespace_required");
    }

    @ParameterizedTest
    @ValueSource(strings = {":minecraft", "minecraft:", "minecraft::survival", "mine craft", "minecraft/survival",
            "-minecraft", "minecraft:.survival", "minécraft"})
    void a_malformed_namespace_is_refused(String value) {
        assertInvalid(() -> new Namespace(value), "namespace", "namespace_invalid");
    }

    @Test
    void it_prints_as_its_value() {
        assertThat(new Namespace("Minecraft")).hasToString("minecraft");
    }
}
