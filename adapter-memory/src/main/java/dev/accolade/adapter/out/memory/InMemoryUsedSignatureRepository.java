package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.issuer.UsedSignature;
import dev.accolade.application.port.out.issuer.UsedSignatureRepository;
import dev.accolade.domain.issuer.IssuerId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Accepted request signatures in memory, one per issuer and signature. */
final class InMemoryUsedSignatureRepository implements UsedSignatureRepository {

    private final InMemoryDatabase database;
    private final Table<Map.Entry<IssuerId, String>, UsedSignature> table;

    InMemoryUsedSignatureRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = new Table<>(database, used -> Map.entry(used.issuer(), used.signature()),
                "signature_already_used", "The signature was already used.", List.of());
    }

    @Override
    public void insert(UsedSignature signature) {
        database.write(() -> table.insert(signature));
    }

    @Override
    public int deleteExpired(Instant now) {
        List<UsedSignature> expired = database.read(() -> table.rows()
                .filter(used -> used.validUntil().isBefore(now)).toList());
        database.write(() -> expired.forEach(used -> table.delete(Map.entry(used.issuer(), used.signature()))));
        return expired.size();
    }
}
