package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.content.BlobRepository;
import dev.accolade.application.port.out.content.StoredBlob;
import java.util.List;
import java.util.Optional;

/** Uploaded content in memory. */
final class InMemoryBlobRepository implements BlobRepository {

    private final InMemoryDatabase database;
    private final Table<Long, StoredBlob> table;

    InMemoryBlobRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = Tables.byId(database, StoredBlob::id, List.of());
    }

    @Override
    public void insert(StoredBlob blob) {
        database.write(() -> table.insert(blob));
    }

    @Override
    public Optional<StoredBlob> findById(long id) {
        return database.read(() -> table.get(id));
    }
}
