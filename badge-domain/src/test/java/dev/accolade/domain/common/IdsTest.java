package dev.accolade.domain.common;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.issuer.ApiKeyId;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.request.AwardRequestId;
import dev.accolade.domain.template.TemplateId;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids are positive whole numbers below 2^53, so that JSON clients keep them exact. */
class IdsTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 42, (1L << 53) - 1})
    void positive_numbers_below_two_to_the_53_are_valid(long value) {
        assertThat(Ids.check(value, "id")).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE, 1L << 53, Long.MAX_VALUE})
    void zero_negative_and_too_large_numbers_are_refused(long value) {
        assertInvalid(() -> Ids.check(value, "id"), "id", "id_invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "42", "0042", "9007199254740991"})
    void decimal_digits_of_a_valid_id_parse_to_it(String text) {
        assertThat(Ids.parse(text)).hasValue(Long.parseLong(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-1", "+1", "1.0", "x", "1e3", " 1", "\u0661", "9007199254740992",
            "99999999999999999999"})
    void anything_else_parses_to_nothing(String text) {
        assertThat(Ids.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void every_id_type_names_its_attribute_when_refused(String attribute, LongFunction<Object> idType) {
        assertInvalid(() -> idType.apply(0), attribute, attribute + "_invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void every_id_type_prints_as_its_number(String attribute, LongFunction<Object> idType) {
        assertThat(idType.apply(9_007_199_254_740_991L)).hasToString("9007199254740991");
    }

    static Stream<Arguments> idTypes() {
        return Stream.of(
                Arguments.of("issuer_id", (LongFunction<Object>) IssuerId::new),
                Arguments.of("api_key_id", (LongFunction<Object>) ApiKeyId::new),
                Arguments.of("member_id", (LongFunction<Object>) MemberId::new),
                Arguments.of("category_id", (LongFunction<Object>) CategoryId::new),
                Arguments.of("template_id", (LongFunction<Object>) TemplateId::new),
                Arguments.of("offer_id", (LongFunction<Object>) OfferId::new),
                Arguments.of("request_id", (LongFunction<Object>) AwardRequestId::new),
                Arguments.of("award_id", (LongFunction<Object>) AwardId::new));
    }
}
