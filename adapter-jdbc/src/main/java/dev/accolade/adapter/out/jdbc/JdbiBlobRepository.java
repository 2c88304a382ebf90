package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.content.BlobRepository;
import dev.accolade.application.port.out.content.StoredBlob;
import dev.accolade.domain.common.Content;
import dev.accolade.domain.common.FileFormat;
import java.util.Optional;

/** Uploaded content in the {@code content_blob} table. */
final class JdbiBlobRepository implements BlobRepository {

    private final JdbiTransactions transactions;

    JdbiBlobRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(StoredBlob blob) {
        SqlErrors.guarded(() -> transactions.current().writing()
                .createUpdate("INSERT INTO content_blob (id, format, content, created_at)"
                        + " VALUES (:id, :format, :content, :created)")
                .bind("id", blob.id()).bind("format", blob.content().format().wireName())
                .bind("content", blob.content().bytes()).bind("created", blob.createdAt()).execute());
    }

    @Override
    public Optional<StoredBlob> findById(long id) {
        return transactions.current().reading()
                .createQuery("SELECT id, format, content, created_at FROM content_blob WHERE id = :id")
                .bind("id", id)
                .map((row, context) -> new StoredBlob(row.getLong("id"),
                        new Content(FileFormat.parse(row.getString("format")), row.getBytes("content")),
                        Rows.instant(row, "created_at")))
                .findOne();
    }
}
