package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What every store promises about sessions: found by the hash of their token, and ended by it. */
public abstract class MemberSessionRepositoryContract extends StoreContract {

    private MemberSession savedSession(String token, Member member) {
        MemberSession session = MemberSession.start(token, member.id(), plusMicros(at(1), 314_159),
                Duration.ofDays(30));
        write(() -> store.sessions().insert(session));
        return session;
    }

    @Test
    void a_session_is_found_equal_by_the_hash_of_its_token() {
        MemberSession session = savedSession("token-one", savedMember());

        assertThat(read(() -> store.sessions().findByTokenHash(SecretHash.of("token-one")))).contains(session);
    }

    @Test
    void an_unknown_token_finds_no_session() {
        savedSession("token-one", savedMember());

        assertThat(read(() -> store.sessions().findByTokenHash(SecretHash.of("token-two")))).isEmpty();
    }

    @Test
    void a_member_may_hold_several_sessions_at_once() {
        Member member = savedMember();
        MemberSession phone = savedSession("phone-token", member);
        MemberSession laptop = savedSession("laptop-token", member);

        assertThat(read(() -> store.sessions().findByTokenHash(phone.tokenHash()))).contains(phone);
        assertThat(read(() -> store.sessions().findByTokenHash(laptop.tokenHash()))).contains(laptop);
    }

    @Test
    void deleting_a_session_ends_only_that_session() {
        Member member = savedMember();
        MemberSession ended = savedSession("ended-token", member);
        MemberSession kept = savedSession("kept-token", member);

        write(() -> store.sessions().delete(ended.tokenHash()));

        assertThat(read(() -> store.sessions().findByTokenHash(ended.tokenHash()))).isEmpty();
        assertThat(read(() -> store.sessions().findByTokenHash(kept.tokenHash()))).contains(kept);
    }

    @Test
    void deleting_an_unknown_session_changes_nothing() {
        MemberSession kept = savedSession("kept-token", savedMember());

        write(() -> store.sessions().delete(SecretHash.of("never-issued")));

        assertThat(read(() -> store.sessions().findByTokenHash(kept.tokenHash()))).contains(kept);
    }
}
