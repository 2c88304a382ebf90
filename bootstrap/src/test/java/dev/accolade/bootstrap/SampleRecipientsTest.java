package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generator's recipients are skewed the same way at every size: a few receive many awards, most a few, and
 * some about as many as the benchmarks' list case reads (20), on a 10,000-award store as on a 10,000,000 one.
 */
class SampleRecipientsTest {

    @ParameterizedTest
    @ValueSource(ints = {10_000, 10_000_000})
    void some_recipients_hold_twenty_awards_at_any_size_with_the_default_recipients(int awards) {
        SampleRecipients recipients = new SampleRecipients(awards / 5, new SplittableRandom(42));
        int[] held = new int[awards / 5];

        for (int i = 0; i < awards; i++) {
            held[recipients.drawNumber()]++;
        }

        assertThat(Arrays.stream(held).filter(count -> count == 20).count()).isPositive();
        assertThat(Arrays.stream(held).max().orElseThrow()).as("the regulars").isGreaterThan(100);
        assertThat(Arrays.stream(held).filter(count -> count <= 5).count()).as("most hold a few")
                .isGreaterThan(awards / 10);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 31, 999})
    void a_recipient_is_named_after_its_number_and_unique_by_it(int number) {
        SampleRecipients.Recipient recipient = SampleRecipients.recipient(number);

        assertThat(recipient.key()).startsWith("email:").contains("." + number + "@")
                .contains(recipient.firstName().toLowerCase(Locale.ROOT));
    }
}
