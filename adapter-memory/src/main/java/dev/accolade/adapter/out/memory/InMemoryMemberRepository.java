package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.member.MemberRepository;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import java.util.List;
import java.util.Optional;

/** Members in memory; emails unique. */
final class InMemoryMemberRepository implements MemberRepository {

    private static final Unique<Member> EMAIL = new Unique<>("email_taken",
            "The email address is already registered.", member -> Optional.of(member.email()));
    private static final Unique<Member> CONFIRMATION = new Unique<>("confirmation_token_taken",
            "The confirmation token is already in use.", Member::confirmationHash);

    private final InMemoryDatabase database;
    private final Table<MemberId, Member> table;

    InMemoryMemberRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = Tables.byId(database, Member::id, List.of(EMAIL, CONFIRMATION));
    }

    @Override
    public void insert(Member member) {
        database.write(() -> table.insert(member));
    }

    @Override
    public void update(Member member) {
        database.write(() -> table.update(member));
    }

    @Override
    public Optional<Member> findById(MemberId id) {
        return database.read(() -> table.get(id));
    }

    @Override
    public Optional<Member> findByEmail(EmailAddress email) {
        return database.read(() -> table.findUnique(EMAIL, email));
    }

    @Override
    public Optional<Member> findByConfirmationHash(SecretHash hash) {
        return database.read(() -> table.findUnique(CONFIRMATION, hash));
    }

    @Override
    public long countConfirmed() {
        return database.read(() -> table.rows().filter(Member::isConfirmed).count());
    }
}
