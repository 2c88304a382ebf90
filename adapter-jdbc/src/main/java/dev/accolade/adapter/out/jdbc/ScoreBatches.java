package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.score.CountedAward;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Scores for many awards at once, leaving what counting them one after the other leaves: each kind of row read in
 * one query and written as one batch, each count row added to once. Writers are serializable (H2's in turns,
 * PostgreSQL's at SERIALIZABLE, where a new row is an upsert that adds, and a row a concurrent unit changed since
 * it was read fails the unit, which is run again), so reading the rows before writing them loses no addition.
 */
final class ScoreBatches {

    /** A subject's score in one bucket. */
    private record Bucket(IssuerId issuer, String period, String subject) {
    }

    /** A subject's live awards of one template. */
    private record Holding(TemplateId template, String subject) {
    }

    /** Where a subject's line in a bucket was and where the batch puts it. */
    private record Move(LeaderboardTallies.Line before, LeaderboardTallies.Line after) {
    }

    private static final Comparator<Bucket> BUCKET_ORDER = Comparator.comparing((Bucket bucket) ->
            bucket.issuer().value()).thenComparing(Bucket::period).thenComparing(Bucket::subject);

    private static final KeyRows SUBJECTS = KeyRows.of("k", "subject", "VARCHAR");
    private static final KeyRows BUCKETS = KeyRows.of("k", new KeyRows.Column("period", "VARCHAR"),
            new KeyRows.Column("subject", "VARCHAR"));
    private static final KeyRows HOLDINGS = KeyRows.of("k", new KeyRows.Column("template_id", "BIGINT"),
            new KeyRows.Column("subject", "VARCHAR"));

    private final JdbcDialect dialect;
    private final ScoreCounts counts;
    private final LeaderboardTallies tallies;

    ScoreBatches(JdbcDialect dialect, ScoreCounts counts, LeaderboardTallies tallies) {
        this.dialect = dialect;
        this.counts = counts;
        this.tallies = tallies;
    }

    /** Enrols the subjects new to the issuer and adds them to its count once; how many were new. */
    int enrolAll(Handle handle, IssuerId issuer, Collection<Identity> subjects) {
        List<String> keys = subjects.stream().map(Identity::key).distinct().toList();
        if (keys.isEmpty()) {
            return 0;
        }
        Set<String> known = Set.copyOf(SUBJECTS.bind(handle.createQuery("SELECT s.subject FROM "
                + SUBJECTS.table(keys.size()) + " JOIN score_subject s ON s.issuer_id = :issuer"
                + " AND s.subject = k.subject").bind("issuer", issuer.value()), keys.stream().map(List::of).toList())
                .mapTo(String.class).list());
        List<String> fresh = keys.stream().filter(key -> !known.contains(key)).toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        PreparedBatch batch = handle.prepareBatch(inTurns("INSERT INTO score_subject (issuer_id, subject)"
                + " VALUES (:issuer, :subject)", " ON CONFLICT DO NOTHING"));
        fresh.forEach(subject -> batch.bind("issuer", issuer.value()).bind("subject", subject).add());
        int added = Arrays.stream(batch.execute()).sum();
        if (added > 0) {
            counts.add(handle, "score_subject_count", Map.of("issuer_id", issuer.value()), "subjects", added,
                    Map.of());
        }
        return added;
    }

    /** Counts the awards not counted before: their rows, then their points and holdings summed per row. */
    void countAll(Handle handle, List<CountedAward> awards, Instant at) {
        Map<Long, CountedAward> byId = new LinkedHashMap<>();
        awards.forEach(award -> byId.putIfAbsent(award.award().value(), award));
        if (byId.isEmpty()) {
            return;
        }
        Set<Long> before = Set.copyOf(handle.createQuery("SELECT award_id FROM award_score WHERE award_id IN (<ids>)")
                .bindList("ids", List.copyOf(byId.keySet())).mapTo(Long.class).list());
        List<CountedAward> candidates = byId.values().stream().filter(award -> !before.contains(award.award().value()))
                .toList();
        if (candidates.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(inTurns("INSERT INTO award_score (award_id, issuer_id,"
                + " template_id, subject, points, periods, expires_at) VALUES (:award, :issuer, :template, :subject,"
                + " :points, :periods, :expires)", " ON CONFLICT DO NOTHING"));
        candidates.forEach(award -> batch.bind("award", award.award().value()).bind("issuer", award.issuer().value())
                .bind("template", award.template().value()).bind("subject", award.subject().key())
                .bind("points", award.points()).bind("periods", String.join(" ", award.periods()))
                .bindByType("expires", award.expiresAt().orElse(null), Instant.class).add());
        int[] written = batch.execute();
        List<CountedAward> fresh = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (written[i] != 0) {
                fresh.add(candidates.get(i));
            }
        }
        addPoints(handle, fresh, at);
        addHoldings(handle, fresh);
    }

    /**
     * Adds the awards' points to their subjects' scores, summed per bucket, each score then reached at {@code at}
     * (to the microsecond, as stored), and moves each line in the tallies a rank is summed from, in one order of
     * buckets so that concurrent units of work take tally rows in the same order.
     */
    private void addPoints(Handle handle, List<CountedAward> fresh, Instant at) {
        Map<Bucket, Long> added = new TreeMap<>(BUCKET_ORDER);
        fresh.stream().filter(award -> award.points() != 0).forEach(award -> award.periods().forEach(period -> added
                .merge(new Bucket(award.issuer(), period, award.subject().key()), award.points(), Long::sum)));
        added.values().removeIf(points -> points == 0);
        if (added.isEmpty()) {
            return;
        }
        Instant reached = at.truncatedTo(ChronoUnit.MICROS);
        Map<Bucket, LeaderboardTallies.Line> stored = new HashMap<>();
        added.keySet().stream().collect(Collectors.groupingBy(Bucket::issuer)).forEach((issuer, buckets) -> BUCKETS
                .bind(handle.createQuery("SELECT l.period, l.subject, l.points, l.reached_at FROM "
                        + BUCKETS.table(buckets.size()) + " JOIN leaderboard_score l ON l.issuer_id = :issuer"
                        + " AND l.period = k.period AND l.subject = k.subject").bind("issuer", issuer.value()),
                        buckets.stream().map(bucket -> List.of(bucket.period(), bucket.subject())).toList())
                .map((row, context) -> stored.put(new Bucket(issuer, row.getString("period"),
                        row.getString("subject")), new LeaderboardTallies.Line(row.getLong("points"),
                        Rows.instant(row, "reached_at")))).list());
        PreparedBatch inserts = handle.prepareBatch(inTurns("INSERT INTO leaderboard_score (issuer_id,"
                + " period, subject, points, reached_at) VALUES (:issuer, :period, :subject, :points, :at)",
                " ON CONFLICT (issuer_id, period, subject) DO UPDATE SET"
                        + " points = leaderboard_score.points + EXCLUDED.points, reached_at = EXCLUDED.reached_at"));
        PreparedBatch updates = handle.prepareBatch("UPDATE leaderboard_score SET points = :points, reached_at = :at"
                + " WHERE issuer_id = :issuer AND period = :period AND subject = :subject");
        Map<Bucket, Move> moves = new LinkedHashMap<>();
        added.forEach((bucket, points) -> {
            LeaderboardTallies.Line was = stored.get(bucket);
            long after = (was == null ? 0 : was.points()) + points;
            PreparedBatch into = was == null ? inserts : updates;
            into.bind("issuer", bucket.issuer().value()).bind("period", bucket.period()).bind("subject",
                    bucket.subject()).bind("points", was == null ? points : after).bind("at", reached).add();
            moves.put(bucket, new Move(was == null ? new LeaderboardTallies.Line(0, reached) : was,
                    new LeaderboardTallies.Line(after, reached)));
        });
        executed(inserts);
        executed(updates);
        moves.forEach((bucket, move) -> tallies.move(handle, bucket.issuer(), bucket.period(), move.before(),
                move.after()));
    }

    private void addHoldings(Handle handle, List<CountedAward> fresh) {
        Map<Holding, Long> added = new LinkedHashMap<>();
        fresh.forEach(award -> added.merge(new Holding(award.template(), award.subject().key()), 1L, Long::sum));
        if (added.isEmpty()) {
            return;
        }
        Map<Holding, Long> stored = new HashMap<>();
        HOLDINGS.bind(handle.createQuery("SELECT h.template_id, h.subject, h.awards FROM "
                + HOLDINGS.table(added.size()) + " JOIN template_holding h ON h.template_id = k.template_id"
                + " AND h.subject = k.subject"), added.keySet().stream()
                .map(holding -> List.of(holding.template().value(), holding.subject())).toList())
                .map((row, context) -> stored.put(new Holding(new TemplateId(row.getLong("template_id")),
                        row.getString("subject")), row.getLong("awards"))).list();
        PreparedBatch inserts = handle.prepareBatch(inTurns("INSERT INTO template_holding (template_id,"
                + " subject, awards) VALUES (:template, :subject, :awards)", " ON CONFLICT (template_id, subject)"
                + " DO UPDATE SET awards = template_holding.awards + EXCLUDED.awards"));
        PreparedBatch updates = handle.prepareBatch("UPDATE template_holding SET awards = :awards"
                + " WHERE template_id = :template AND subject = :subject");
        Map<Long, Long> newHolders = new TreeMap<>();
        added.forEach((holding, awards) -> {
            Long was = stored.get(holding);
            (was == null ? inserts : updates).bind("template", holding.template().value())
                    .bind("subject", holding.subject()).bind("awards", was == null ? awards : was + awards).add();
            if (was == null) {
                newHolders.merge(holding.template().value(), 1L, Long::sum);
            }
        });
        executed(inserts);
        executed(updates);
        newHolders.forEach((template, holders) -> counts.add(handle, "template_holder_count",
                Map.of("template_id", template), "holders", holders, Map.of()));
    }

    private static void executed(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** The statement as it is where writers take turns, or with the PostgreSQL clause for concurrent writers. */
    private String inTurns(String statement, String concurrentClause) {
        return dialect.serializesWritersInProcess() ? statement : statement + concurrentClause;
    }
}
