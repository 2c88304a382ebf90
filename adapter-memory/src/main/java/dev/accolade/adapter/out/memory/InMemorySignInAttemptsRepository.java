package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.session.SignInAttempts;
import dev.accolade.application.port.out.session.SignInAttemptsRepository;
import dev.accolade.domain.common.SecretHash;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sign-in counts in memory, one row per key. */
final class InMemorySignInAttemptsRepository implements SignInAttemptsRepository {

    private final InMemoryDatabase database;
    private final Table<SecretHash, SignInAttempts> table;

    InMemorySignInAttemptsRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = new Table<>(database, SignInAttempts::key, "sign_in_attempts_taken",
                "The sign-in key is already counted.", List.of());
    }

    @Override
    public Optional<SignInAttempts> find(SecretHash key) {
        return database.read(() -> table.get(key));
    }

    @Override
    public void countFailure(SecretHash key, Instant at, Instant countSince) {
        database.write(() -> {
            SignInAttempts current = table.get(key).orElseGet(() -> SignInAttempts.none(key));
            boolean counting = current.lastFailure().filter(last -> !last.isBefore(countSince)).isPresent();
            table.upsert(new SignInAttempts(key, counting ? current.failures() + 1 : 1, Optional.of(at),
                    current.lastSuccess()));
        });
    }

    @Override
    public void countSuccess(SecretHash key, Instant at) {
        database.write(() -> {
            SignInAttempts current = table.get(key).orElseGet(() -> SignInAttempts.none(key));
            table.upsert(new SignInAttempts(key, 0, current.lastFailure(), Optional.of(at)));
        });
    }

    @Override
    public int forget(Instant failuresBefore, Instant successesBefore) {
        List<SecretHash> old = database.read(() -> table.rows()
                .filter(row -> row.lastFailure().filter(last -> !last.isBefore(failuresBefore)).isEmpty())
                .filter(row -> row.lastSuccess().filter(last -> !last.isBefore(successesBefore)).isEmpty())
                .map(SignInAttempts::key).toList());
        database.write(() -> old.forEach(table::delete));
        return old.size();
    }
}
