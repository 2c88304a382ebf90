package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.issuer.SigningSecretRepository;
import dev.accolade.domain.common.SealedSecret;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.SigningSecret;
import java.util.Optional;

/** Issuers' signing secrets in the {@code signing_secret} table, one sealed row per issuer. */
final class JdbiSigningSecretRepository implements SigningSecretRepository {

    private final JdbiTransactions transactions;

    JdbiSigningSecretRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(SigningSecret secret) {
        transactions.current().writing().createUpdate("DELETE FROM signing_secret WHERE issuer_id = :issuer")
                .bind("issuer", secret.issuer().value()).execute();
        SqlErrors.guarded(() -> transactions.current().writing().createUpdate("INSERT INTO signing_secret"
                + " (issuer_id, sealed, created_at) VALUES (:issuer, :sealed, :created)")
                .bind("issuer", secret.issuer().value()).bind("sealed", secret.sealed().value())
                .bind("created", secret.createdAt()).execute());
    }

    @Override
    public Optional<SigningSecret> find(IssuerId issuer) {
        return transactions.current().reading()
                .createQuery("SELECT issuer_id, sealed, created_at FROM signing_secret WHERE issuer_id = :issuer")
                .bind("issuer", issuer.value())
                .map((row, context) -> new SigningSecret(new IssuerId(row.getLong("issuer_id")),
                        new SealedSecret(row.getString("sealed")), Rows.instant(row, "created_at")))
                .findOne();
    }
}
