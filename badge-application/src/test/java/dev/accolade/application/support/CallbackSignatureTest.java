package dev.accolade.application.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The worked examples of docs/webhooks.md, computed here so that the page cannot drift from the code. */
class CallbackSignatureTest {

    static final String KEY = "8jZ2qK4vN7pR1sT5wX9yB3cD6fG0hJ2k";
    static final long TIMESTAMP = 1_767_225_600L;
    static final String BODY = "{\"offer_id\":42,\"decision\":\"accepted\",\"time\":\"2026-01-01T00:00:00Z\","
            + "\"callback_token\":\"8jZ2qK4vN7pR1sT5wX9yB3cD6fG0hJ2k\"}";

    @Test
    void the_documented_example_signs_to_the_documented_signature() {
        assertThat(CallbackSignature.v1(KEY, TIMESTAMP, BODY))
                .isEqualTo("v1=f0482f4c90a4c6e006420a582215ffd1ecf2d0eba859d4706f39ae38e6f23e59");
    }

    @Test
    void the_documented_webhook_example_signs_to_the_documented_signature() {
        String body = "{\"event\":\"award.granted\",\"occurred_at\":\"2026-01-01T00:00:00Z\",\"issuer_id\":7,"
                + "\"data\":{\"award_id\":1093,\"template_id\":42,\"recipient\":\"email:ada@example.org\","
                + "\"holder_member_id\":12,\"awarded_at\":\"2026-01-01T00:00:00Z\",\"source\":\"direct\"}}";

        assertThat(CallbackSignature.v1("whsec_Q7fV3kN9pX2mL8rT4wZ6yB1cD5gH0jK3sA7eR9uI", TIMESTAMP, body))
                .isEqualTo("v1=9a12b6c7125c34a7627211e39fa0eafb2349bbca580b36e5f12492da95479e7b");
    }

    @Test
    void another_timestamp_body_or_key_gives_another_signature() {
        String signature = CallbackSignature.v1(KEY, TIMESTAMP, BODY);

        assertThat(CallbackSignature.v1(KEY, TIMESTAMP + 1, BODY)).isNotEqualTo(signature);
        assertThat(CallbackSignature.v1(KEY, TIMESTAMP, BODY.replace("accepted", "rejected")))
                .isNotEqualTo(signature);
        assertThat(CallbackSignature.v1(KEY.toLowerCase(), TIMESTAMP, BODY)).isNotEqualTo(signature);
    }
}
