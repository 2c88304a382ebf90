package dev.accolade.adapter.out.openbadges.proof;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.out.openbadges.proof.ProofException.Reason;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProofExceptionTest {

    @Test
    void theMessageStartsWithTheCodeAndShowsUntrustedInputOnlyAsShortPrintableAscii() {
        ProofException refusal = new ProofException(Reason.UNDEFINED_TERM, "a key is not defined",
                "evil\nline\u0000é" + "x".repeat(500));

        assertThat(refusal.getMessage()).startsWith("undefined_term: a key is not defined [evil?line??")
                .doesNotContain("\n", "\u0000", "é").hasSizeLessThan(160).endsWith("...]");
        assertThat(refusal.reason()).isEqualTo(Reason.UNDEFINED_TERM);
    }

    @Test
    void codesAreDistinctSnakeCase() {
        Set<String> codes = new HashSet<>();
        Arrays.stream(Reason.values()).forEach(reason -> {
            assertThat(reason.code()).matches("[a-z]+(_[a-z]+)*").isEqualTo(reason.name().toLowerCase());
            codes.add(reason.code());
        });
        assertThat(codes).hasSize(Reason.values().length);
    }
}
