package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.member.MemberSessionRepository;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.member.MemberSession;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Signed-in sessions in the {@code member_session} table, keyed by the hash of their token. */
final class JdbiMemberSessionRepository implements MemberSessionRepository {

    private static final RowMapper<MemberSession> SESSION = (row, context) -> new MemberSession(
            new SecretHash(row.getString("token_hash")), new MemberId(row.getLong("member_id")),
            Rows.instant(row, "created_at"), Rows.instant(row, "expires_at"));

    private final JdbiTransactions transactions;

    JdbiMemberSessionRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(MemberSession session) {
        SqlErrors.guarded(() -> transactions.current().writing().createUpdate("INSERT INTO member_session"
                + " (token_hash, member_id, created_at, expires_at) VALUES (:hash, :member, :created, :expires)")
                .bind("hash", session.tokenHash().hex()).bind("member", session.member().value())
                .bind("created", session.createdAt()).bind("expires", session.expiresAt()).execute());
    }

    @Override
    public Optional<MemberSession> findByTokenHash(SecretHash hash) {
        return transactions.current().reading().createQuery("SELECT token_hash, member_id, created_at, expires_at"
                + " FROM member_session WHERE token_hash = :hash").bind("hash", hash.hex()).map(SESSION).findOne();
    }

    @Override
    public void delete(SecretHash hash) {
        transactions.current().writing().createUpdate("DELETE FROM member_session WHERE token_hash = :hash")
                .bind("hash", hash.hex()).execute();
    }
}
