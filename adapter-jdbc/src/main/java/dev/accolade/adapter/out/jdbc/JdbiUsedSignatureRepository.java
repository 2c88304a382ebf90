package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.issuer.UsedSignature;
import dev.accolade.application.port.out.issuer.UsedSignatureRepository;
import java.time.Instant;

/** Accepted request signatures in the {@code used_signature} table, unique per issuer and signature. */
final class JdbiUsedSignatureRepository implements UsedSignatureRepository {

    private final JdbiTransactions transactions;

    JdbiUsedSignatureRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(UsedSignature signature) {
        SqlErrors.guarded(() -> transactions.current().writing().createUpdate("INSERT INTO used_signature"
                + " (issuer_id, signature, valid_until) VALUES (:issuer, :signature, :until)")
                .bind("issuer", signature.issuer().value()).bind("signature", signature.signature())
                .bind("until", signature.validUntil()).execute());
    }

    @Override
    public int deleteExpired(Instant now) {
        return transactions.current().writing().createUpdate("DELETE FROM used_signature WHERE valid_until < :now")
                .bind("now", now).execute();
    }
}
