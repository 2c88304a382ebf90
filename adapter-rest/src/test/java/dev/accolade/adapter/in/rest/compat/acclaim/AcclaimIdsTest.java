package dev.accolade.adapter.in.rest.compat.acclaim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Our numeric ids and Acclaim's UUID-form ids map one to one, each kind apart. */
class AcclaimIdsTest {

    @Test
    void every_id_up_to_the_largest_reads_back_as_itself() {
        for (long id : new long[] {1, 255, 1L << 48, (1L << 53) - 1}) {
            for (Kind kind : Kind.values()) {
                assertThat(AcclaimIds.parse(kind, AcclaimIds.format(kind, id))).hasValue(id);
            }
        }
        assertThat(AcclaimIds.format(Kind.BADGE_TEMPLATE, 0x1234)).isEqualTo("acc1a1de-0000-4000-8200-000000001234");
    }

    @Test
    void an_id_of_one_kind_names_nothing_of_another() {
        String template = AcclaimIds.format(Kind.BADGE_TEMPLATE, 7);

        assertThat(AcclaimIds.parse(Kind.AWARD, template)).isEmpty();
        assertThat(AcclaimIds.badgeKind(template)).isEmpty();
        assertThat(AcclaimIds.badgeKind(AcclaimIds.format(Kind.OFFER, 7))).hasValue(Kind.OFFER);
    }

    @Test
    void text_not_in_the_form_or_beyond_our_ids_names_nothing() {
        for (String text : new String[] {"7", "7d86d7c9-cf86-437b-9c10-1e2cc0df4491", "",
            "acc1a1de-0000-4000-8200-00000000123", "acc1a1de-0000-4000-8220-000000000000",
            "acc1a1de-0000-4000-8200-000000000000"}) {
            assertThat(AcclaimIds.parse(Kind.BADGE_TEMPLATE, text)).as(text).isEqualTo(OptionalLong.empty());
        }
        assertThat(AcclaimIds.parse(Kind.BADGE_TEMPLATE, "ACC1A1DE-0000-4000-8200-00000000000A")).hasValue(10);
    }
}
