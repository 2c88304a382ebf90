package dev.accolade.adapter.in.rest.compat.userbadges;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import org.junit.jupiter.api.Test;

/** The statuses a UserBadges client sees for rejections: 400 for its mistakes, the server's own otherwise. */
class UserBadgesDialectTest {

    private final UserBadgesDialect dialect = new UserBadgesDialect();

    @Test
    void a_busy_server_keeps_its_503_so_clients_retry() {
        assertThat(dialect.rejection(RequestRejected.withStatus(RequestRejected.UNAVAILABLE, "store_busy", "busy"))
                .status()).isEqualTo(503);
    }

    @Test
    void a_body_too_large_keeps_its_413() {
        assertThat(dialect.rejection(RequestRejected.tooLarge(1024)).status()).isEqualTo(413);
    }

    @Test
    void any_other_rejection_is_the_specification_s_400() {
        assertThat(dialect.rejection(RequestRejected.withStatus(422, "bad", "bad")).status()).isEqualTo(400);
    }
}
