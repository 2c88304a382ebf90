package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.member.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Issuers in the {@code issuer} table. */
final class JdbiIssuerRepository implements IssuerRepository {

    private static final String COLUMNS = "id, slug, name, owner_id, created_at";
    private static final RowMapper<Issuer> ISSUER = (row, context) -> Issuer.reconstitute(
            new IssuerId(row.getLong("id")), new IssuerSlug(row.getString("slug")), row.getString("name"),
            Rows.optionalLong(row, "owner_id").map(MemberId::new), Rows.instant(row, "created_at"));

    private final JdbiTransactions transactions;

    JdbiIssuerRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(Issuer issuer) {
        SqlErrors.guarded(() -> transactions.current().writing()
                .createUpdate("INSERT INTO issuer (" + COLUMNS + ") VALUES (:id, :slug, :name, :owner, :created)")
                .bind("id", issuer.id().value()).bind("slug", issuer.slug().value()).bind("name", issuer.name())
                .bindByType("owner", issuer.owner().map(MemberId::value).orElse(null), Long.class)
                .bind("created", issuer.createdAt()).execute());
    }

    @Override
    public Optional<Issuer> findById(IssuerId id) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM issuer WHERE id = :id")
                .bind("id", id.value()).map(ISSUER).findOne();
    }

    @Override
    public Optional<Issuer> findBySlug(IssuerSlug slug) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM issuer WHERE slug = :slug")
                .bind("slug", slug.value()).map(ISSUER).findOne();
    }

    @Override
    public List<Issuer> findByOwner(MemberId owner) {
        return transactions.current().reading()
                .createQuery("SELECT " + COLUMNS + " FROM issuer WHERE owner_id = :owner ORDER BY created_at, id")
                .bind("owner", owner.value()).map(ISSUER).list();
    }

    @Override
    public Page<Issuer> list(PageRequest page) {
        Keyset<Instant> keyset = Keyset.byTime("created_at", "id", SortDirection.ASC, page);
        return keyset.page(transactions.current().reading(), COLUMNS, "issuer", new Conditions(), ISSUER,
                Issuer::createdAt, issuer -> issuer.id().value());
    }
}
