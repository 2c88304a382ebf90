package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.out.award.GrantQuery;
import dev.accolade.application.port.out.award.GrantRepository;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.Granted;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Awards and offers read as one list: a {@code UNION ALL} of the two tables' ids and times, ordered
 * and cut in the database, so that a page reads only its own rows, then those rows loaded by id.
 */
final class JdbiGrantRepository implements GrantRepository {

    private static final String AWARD_KIND = "0";
    private static final String OFFER_KIND = "1";

    private final JdbiTransactions transactions;

    JdbiGrantRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Page<Granted> find(GrantQuery query, PageRequest page) {
        if (page.after().isPresent()) {
            throw new IllegalArgumentException("awards and offers are listed together by position only");
        }
        Handle handle = transactions.current().reading();
        Conditions awards = filtered(query).add("revoked_at IS NULL");
        Conditions offers = filtered(query).add("status <> 'ACCEPTED'");
        String union = "SELECT " + AWARD_KIND + " AS kind, id, awarded_at AS at FROM award WHERE " + awards
                + " UNION ALL SELECT " + OFFER_KIND + " AS kind, id, created_at AS at FROM offer WHERE " + offers;
        List<Map<String, Object>> rows = offers.bound(awards.bound(handle.createQuery("SELECT kind, id FROM ("
                + union + ") g ORDER BY at DESC, kind, id LIMIT :limit OFFSET :skip")))
                .bind("limit", page.limit()).bind("skip", page.skip()).mapToMap().list();
        Map<Long, Award> awardsById = loaded(handle, "award", JdbiAwardRepository.COLUMNS, rows, AWARD_KIND,
                JdbiAwardRepository.AWARD, award -> award.id().value());
        Map<Long, Offer> offersById = loaded(handle, "offer", JdbiOfferRepository.COLUMNS, rows, OFFER_KIND,
                JdbiOfferRepository.OFFER, offer -> offer.id().value());
        List<Granted> items = rows.stream().map(row -> AWARD_KIND.equals(kindOf(row))
                ? (Granted) awardsById.get(idOf(row)) : offersById.get(idOf(row))).toList();
        Page<Granted> found = new Page<>(items, Optional.empty());
        if (!page.counted()) {
            return found;
        }
        return found.withTotal(offers.bound(awards.bound(handle.createQuery("SELECT (SELECT COUNT(*) FROM award"
                + " WHERE " + awards + ") + (SELECT COUNT(*) FROM offer WHERE " + offers + ")")))
                .mapTo(Long.class).one());
    }

    private static Conditions filtered(GrantQuery query) {
        return new Conditions().when(query.issuer(), "issuer_id = :issuer", "issuer", IssuerId::value)
                .when(query.holder(), "holder_id = :holder", "holder", MemberId::value);
    }

    private static <T> Map<Long, T> loaded(Handle handle, String table, String columns,
            List<Map<String, Object>> rows, String kind, RowMapper<T> mapper,
            Function<T, Long> id) {
        List<Long> ids = rows.stream().filter(row -> kind.equals(kindOf(row))).map(JdbiGrantRepository::idOf)
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return handle.createQuery("SELECT " + columns + " FROM " + table + " WHERE id IN (<ids>)")
                .bindList("ids", ids).map(mapper).list().stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static String kindOf(Map<String, Object> row) {
        return String.valueOf(row.get("kind"));
    }

    private static long idOf(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }
}
