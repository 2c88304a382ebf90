package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.member.MemberRepository;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.common.AssetLocation;
import dev.accolade.domain.common.ImageFormat;
import dev.accolade.domain.common.ImageRef;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.member.MemberProfile;
import dev.accolade.domain.member.MemberStatus;
import dev.accolade.domain.member.PasswordHash;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** Members in the {@code member} table; emails and pending confirmation hashes are unique. */
final class JdbiMemberRepository implements MemberRepository {

    private static final String COLUMNS = "id, email, name, nickname, avatar_format, avatar_url, password_hash,"
            + " status, authority_categories, last_visit, registered_at, confirmed_at, confirmation_hash, parent_id";
    private static final RowMapper<Member> MEMBER = (row, context) -> Member.reconstitute(
            new MemberId(row.getLong("id")),
            new MemberProfile(new EmailAddress(row.getString("email")), row.getString("name"),
                    Rows.optionalString(row, "nickname"),
                    avatar(row)),
            new PasswordHash(row.getString("password_hash")), MemberStatus.valueOf(row.getString("status")),
            Json.ids(row.getString("authority_categories"), CategoryId::new), Rows.optionalInstant(row, "last_visit"),
            Rows.instant(row, "registered_at"), Rows.optionalInstant(row, "confirmed_at"),
            Rows.optionalString(row, "confirmation_hash").map(SecretHash::new),
            Rows.optionalLong(row, "parent_id").map(MemberId::new));

    private final JdbiTransactions transactions;
    private final JdbcDialect dialect;

    JdbiMemberRepository(JdbiTransactions transactions, JdbcDialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public void insert(Member member) {
        SqlErrors.guarded(() -> bound(transactions.current().writing().createUpdate("INSERT INTO member (" + COLUMNS
                + ") VALUES (:id, :email, :name, :nickname, :avatar_format, :avatar_url, :password_hash, :status, "
                + dialect.json("authority_categories") + ", :last_visit, :registered_at, :confirmed_at,"
                + " :confirmation_hash, :parent_id)"), member).execute());
    }

    @Override
    public void update(Member member) {
        Updates.expectOne("member " + member.id().value(), SqlErrors.guarded(() -> bound(transactions.current()
                .writing().createUpdate("UPDATE member SET email = :email, name = :name, nickname = :nickname,"
                        + " avatar_format = :avatar_format, avatar_url = :avatar_url, password_hash = :password_hash,"
                        + " status = :status, authority_categories = " + dialect.json("authority_categories")
                        + ", last_visit = :last_visit, registered_at = :registered_at, confirmed_at = :confirmed_at,"
                        + " confirmation_hash = :confirmation_hash, parent_id = :parent_id WHERE id = :id"), member)
                .execute()));
    }

    @Override
    public Optional<Member> findById(MemberId id) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM member WHERE id = :id")
                .bind("id", id.value()).map(MEMBER).findOne();
    }

    @Override
    public Optional<Member> findByEmail(EmailAddress email) {
        return transactions.current().reading().createQuery("SELECT " + COLUMNS + " FROM member WHERE email = :email")
                .bind("email", email.value()).map(MEMBER).findOne();
    }

    @Override
    public Optional<Member> findByConfirmationHash(SecretHash hash) {
        return transactions.current().reading()
                .createQuery("SELECT " + COLUMNS + " FROM member WHERE confirmation_hash = :hash")
                .bind("hash", hash.hex()).map(MEMBER).findOne();
    }

    @Override
    public long countConfirmed() {
        return transactions.current().reading()
                .createQuery("SELECT COUNT(*) FROM member WHERE confirmed_at IS NOT NULL").mapTo(Long.class).one();
    }

    private static Optional<ImageRef> avatar(ResultSet row) throws SQLException {
        Optional<String> format = Rows.optionalString(row, "avatar_format");
        String url = row.getString("avatar_url");
        return format.map(name -> new ImageRef(ImageFormat.valueOf(name), new AssetLocation(url)));
    }

    private static Update bound(Update update, Member member) {
        Optional<ImageRef> avatar = member.profile().avatar();
        return update.bind("id", member.id().value()).bind("email", member.email().value())
                .bind("name", member.name()).bind("nickname", member.profile().nickname().orElse(null))
                .bind("avatar_format", avatar.map(image -> image.format().name()).orElse(null))
                .bind("avatar_url", avatar.map(image -> image.location().value()).orElse(null))
                .bind("password_hash", member.passwordHash().encoded()).bind("status", member.status().name())
                .bind("authority_categories", Json.ids(member.authorityCategories(), CategoryId::value))
                .bindByType("last_visit", member.lastVisit().orElse(null), Instant.class)
                .bind("registered_at", member.registeredAt())
                .bindByType("confirmed_at", member.confirmedAt().orElse(null), Instant.class)
                .bind("confirmation_hash", member.confirmationHash().map(SecretHash::hex).orElse(null))
                .bindByType("parent_id", member.parent().map(MemberId::value).orElse(null), Long.class);
    }
}
