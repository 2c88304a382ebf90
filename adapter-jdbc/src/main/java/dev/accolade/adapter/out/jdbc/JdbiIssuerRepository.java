package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerProfile;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.member.MemberId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** Issuers in the {@code issuer} table. */
final class JdbiIssuerRepository implements IssuerRepository {

    private static final String COLUMNS = "id, slug, name, owner_id, created_at, url, email, image, description,"
            + " time_zone, credential_base";
    private static final RowMapper<Issuer> ISSUER = (row, context) -> Issuer.reconstitute(
            new IssuerId(row.getLong("id")), new IssuerSlug(row.getString("slug")), row.getString("name"),
            Rows.optionalLong(row, "owner_id").map(MemberId::new), Rows.instant(row, "created_at"),
            new IssuerProfile(Rows.optionalString(row, "url").map(WebUrl::new),
                    Rows.optionalString(row, "email").map(EmailAddress::new),
                    Rows.optionalString(row, "image").map(WebUrl::new), row.getString("description"),
                    ZoneId.of(row.getString("time_zone"))),
            Rows.optionalString(row, "credential_base").map(WebUrl::new));

    private final JdbiTransactions transactions;

    JdbiIssuerRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(Issuer issuer) {
        SqlErrors.guarded(() -> withProfile(writing()
                .createUpdate("INSERT INTO issuer (" + COLUMNS + ") VALUES (:id, :slug, :name, :owner, :created,"
                        + " :url, :email, :image, :description, :time_zone, :credential_base)")
                .bind("id", issuer.id().value()).bind("slug", issuer.slug().value()).bind("name", issuer.name())
                .bindByType("owner", issuer.owner().map(MemberId::value).orElse(null), Long.class)
                .bind("created", issuer.createdAt())
                .bind("credential_base", issuer.credentialBase().map(WebUrl::value).orElse(null)), issuer).execute());
    }

    @Override
    public void updateProfile(Issuer issuer) {
        Updates.expectOne("issuer " + issuer.id().value(), withProfile(writing()
                .createUpdate("UPDATE issuer SET url = :url, email = :email, image = :image,"
                        + " description = :description, time_zone = :time_zone WHERE id = :id")
                .bind("id", issuer.id().value()), issuer).execute());
    }

    @Override
    public int pinCredentials(WebUrl base) {
        return writing()
                .createUpdate("UPDATE issuer SET credential_base = :base WHERE credential_base IS NULL")
                .bind("base", base.value()).execute();
    }

    @Override
    public Set<WebUrl> credentialBases() {
        return transactions.current().reading()
                .createQuery("SELECT DISTINCT credential_base FROM issuer WHERE credential_base IS NOT NULL")
                .map((row, context) -> new WebUrl(row.getString("credential_base"))).collect(Collectors.toSet());
    }

    private static Update withProfile(Update update, Issuer issuer) {
        IssuerProfile profile = issuer.profile();
        return update.bind("url", profile.url().map(WebUrl::value).orElse(null))
                .bind("email", profile.email().map(EmailAddress::value).orElse(null))
                .bind("image", profile.image().map(WebUrl::value).orElse(null))
                .bind("description", profile.description()).bind("time_zone", profile.timeZone().getId());
    }

    @Override
    public Optional<Issuer> findById(IssuerId id) {
        return transactions.current().remembered("issuer", id, handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM issuer WHERE id = :id")
                .bind("id", id.value()).map(ISSUER).findOne());
    }

    private Handle writing() {
        return transactions.current().writingTo("issuer");
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
