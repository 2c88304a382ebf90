package dev.accolade.domain.member;

import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.accolade.domain.common.SecretHash;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A session keeps its token's hash and works until it expires. */
class MemberSessionTest {

    private static final MemberId MEMBER = new MemberId(11);
    private static final Duration LIFETIME = Duration.ofHours(1);

    @Test
    void a_started_session_keeps_the_hash_of_the_token() {
        MemberSession session = MemberSession.start("token-1", MEMBER, T0, LIFETIME);

        assertThat(session.tokenHash()).isEqualTo(SecretHash.of("token-1"));
        assertThat(session.member()).isEqualTo(MEMBER);
    }

    @Test
    void a_started_session_expires_after_its_lifetime() {
        MemberSession session = MemberSession.start("token-1", MEMBER, T0, LIFETIME);

        assertThat(session.createdAt()).isEqualTo(T0);
        assertThat(session.expiresAt()).isEqualTo(T0.plus(LIFETIME));
    }

    @Test
    void a_session_is_valid_until_just_before_it_expires() {
        MemberSession session = MemberSession.start("token-1", MEMBER, T0, LIFETIME);

        assertThat(session.isValidAt(T0)).isTrue();
        assertThat(session.isValidAt(T0.plus(LIFETIME).minusNanos(1))).isTrue();
    }

    @Test
    void a_session_is_invalid_from_the_moment_it_expires() {
        MemberSession session = MemberSession.start("token-1", MEMBER, T0, LIFETIME);

        assertThat(session.isValidAt(T0.plus(LIFETIME))).isFalse();
        assertThat(session.isValidAt(T0.plus(LIFETIME).plusSeconds(1))).isFalse();
    }

    @Test
    void a_session_must_end_after_it_starts() {
        assertThatIllegalArgumentException().isThrownBy(() -> MemberSession.start("token-1", MEMBER, T0, Duration.ZERO));
    }
}
