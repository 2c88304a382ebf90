package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.member.MemberSessionRepository;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.member.MemberSession;
import java.util.List;
import java.util.Optional;

/** Sessions in memory, keyed by the hash of their token. */
final class InMemoryMemberSessionRepository implements MemberSessionRepository {

    private final InMemoryDatabase database;
    private final Table<SecretHash, MemberSession> table;

    InMemoryMemberSessionRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = new Table<>(database, MemberSession::tokenHash,
                "session_token_taken", "The session token is already in use.", List.of());
    }

    @Override
    public void insert(MemberSession session) {
        database.write(() -> table.insert(session));
    }

    @Override
    public Optional<MemberSession> findByTokenHash(SecretHash hash) {
        return database.read(() -> table.get(hash));
    }

    @Override
    public void delete(SecretHash hash) {
        database.write(() -> table.delete(hash));
    }
}
