package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.score.CountedAward;
import dev.accolade.application.port.out.score.ScoreRepository;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.score.Standing;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Scores in {@code score_subject}, {@code award_score}, {@code leaderboard_score} (with the tallies a rank
 * is summed from, {@link LeaderboardTallies}) and {@code template_holding} with their count rows; the ranking reads
 * are {@link LeaderboardReads}. Every addition goes through {@link ScoreCounts}, so that concurrent units of
 * work lose none.
 */
final class JdbiScoreRepository implements ScoreRepository {

    private final JdbiTransactions transactions;
    private final JdbcDialect dialect;
    private final ScoreCounts counts;
    private final LeaderboardReads reads;
    private final LeaderboardTallies tallies;
    private final ScoreBatches batches;

    JdbiScoreRepository(JdbiTransactions transactions, JdbcDialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.counts = new ScoreCounts(dialect);
        this.reads = new LeaderboardReads(transactions);
        this.tallies = new LeaderboardTallies(counts);
        this.batches = new ScoreBatches(dialect, counts, tallies);
    }

    @Override
    public boolean enrol(IssuerId issuer, Identity subject) {
        Handle handle = transactions.current().writing();
        String insert = "INSERT INTO score_subject (issuer_id, subject) VALUES (:issuer, :subject)";
        boolean inTurns = dialect.serializesWritersInProcess();
        if (inTurns && handle.createQuery("SELECT 1 FROM score_subject WHERE issuer_id = :issuer AND subject ="
                + " :subject").bind("issuer", issuer.value()).bind("subject", subject.key()).mapTo(Integer.class)
                .findOne().isPresent()) {
            return false;
        }
        boolean added = handle.createUpdate(inTurns ? insert : insert + " ON CONFLICT DO NOTHING")
                .bind("issuer", issuer.value()).bind("subject", subject.key()).execute() == 1;
        if (added) {
            counts.add(handle, "score_subject_count", Map.of("issuer_id", issuer.value()), "subjects", 1, Map.of());
        }
        return added;
    }

    @Override
    public int enrolAll(IssuerId issuer, Collection<Identity> subjects) {
        return batches.enrolAll(transactions.current().writing(), issuer, subjects);
    }

    @Override
    public long subjectCount(IssuerId issuer) {
        return subjectCounts(List.of(issuer)).getOrDefault(issuer, 0L);
    }

    @Override
    public Map<IssuerId, Long> subjectCounts(Collection<IssuerId> issuers) {
        if (issuers.isEmpty()) {
            return Map.of();
        }
        Map<IssuerId, Long> found = new HashMap<>();
        transactions.current().reading().createQuery("SELECT issuer_id, subjects FROM score_subject_count"
                + " WHERE issuer_id IN (<issuers>)")
                .bindList("issuers", issuers.stream().map(IssuerId::value).distinct().toList())
                .map((row, context) -> found.put(new IssuerId(row.getLong("issuer_id")), row.getLong("subjects")))
                .list();
        return found;
    }

    @Override
    public void count(CountedAward award, Instant at) {
        Handle handle = transactions.current().writing();
        String insert = "INSERT INTO award_score (award_id, issuer_id, template_id, subject, points, periods,"
                + " expires_at) VALUES (:award, :issuer, :template, :subject, :points, :periods, :expires)";
        boolean inTurns = dialect.serializesWritersInProcess();
        if (inTurns && counted(handle, award.award()).isPresent()) {
            return;
        }
        int inserted = handle.createUpdate(inTurns ? insert : insert + " ON CONFLICT DO NOTHING")
                .bind("award", award.award().value()).bind("issuer", award.issuer().value())
                .bind("template", award.template().value()).bind("subject", award.subject().key())
                .bind("points", award.points()).bind("periods", String.join(" ", award.periods()))
                .bindByType("expires", award.expiresAt().orElse(null), Instant.class).execute();
        if (inserted == 0) {
            return;
        }
        addPoints(handle, award, award.points(), at);
        long held = counts.add(handle, "template_holding", Map.of("template_id", award.template().value(),
                "subject", award.subject().key()), "awards", 1, Map.of());
        if (held == 1) {
            counts.add(handle, "template_holder_count", Map.of("template_id", award.template().value()), "holders",
                    1, Map.of());
        }
    }

    @Override
    public void countAll(List<CountedAward> awards, Instant at) {
        batches.countAll(transactions.current().writing(), awards, at);
    }

    @Override
    public Optional<CountedAward> uncount(AwardId award, Instant at) {
        Handle handle = transactions.current().writing();
        Optional<CountedAward> found = counted(handle, award);
        if (found.isEmpty() || handle.createUpdate("DELETE FROM award_score WHERE award_id = :award")
                .bind("award", award.value()).execute() == 0) {
            return Optional.empty();
        }
        CountedAward was = found.get();
        addPoints(handle, was, -was.points(), at);
        boolean last = handle.createUpdate("DELETE FROM template_holding WHERE template_id = :template"
                + " AND subject = :subject AND awards = 1").bind("template", was.template().value())
                .bind("subject", was.subject().key()).execute() == 1;
        if (last) {
            counts.add(handle, "template_holder_count", Map.of("template_id", was.template().value()), "holders",
                    -1, Map.of());
        } else {
            counts.add(handle, "template_holding", Map.of("template_id", was.template().value(),
                    "subject", was.subject().key()), "awards", -1, Map.of());
        }
        return found;
    }

    /**
     * Adds points to the subject's score in each bucket of the award, the score then reached at {@code at}
     * (to the microsecond, as stored), and moves its line in the tallies a rank is summed from.
     */
    private void addPoints(Handle handle, CountedAward award, long points, Instant at) {
        if (points == 0) {
            return;
        }
        Instant reached = at.truncatedTo(ChronoUnit.MICROS);
        for (String period : award.periods()) {
            Map<String, Object> key = Map.of("issuer_id", award.issuer().value(), "period", period,
                    "subject", award.subject().key());
            Instant was = handle.createQuery("SELECT reached_at FROM leaderboard_score WHERE issuer_id = :issuer_id"
                    + " AND period = :period AND subject = :subject").bindMap(key)
                    .map((row, context) -> Rows.instant(row, "reached_at")).findOne().orElse(reached);
            long after = counts.add(handle, "leaderboard_score", key, "points", points, Map.of("reached_at", reached));
            tallies.move(handle, award.issuer(), period, new LeaderboardTallies.Line(after - points, was),
                    new LeaderboardTallies.Line(after, reached));
        }
    }

    private static Optional<CountedAward> counted(Handle handle, AwardId award) {
        return handle.createQuery("SELECT award_id, issuer_id, template_id, subject, points, periods, expires_at"
                + " FROM award_score WHERE award_id = :award").bind("award", award.value())
                .map((row, context) -> new CountedAward(new AwardId(row.getLong("award_id")),
                        new IssuerId(row.getLong("issuer_id")), new TemplateId(row.getLong("template_id")),
                        Identity.parse(row.getString("subject")), row.getLong("points"),
                        Arrays.stream(row.getString("periods").split(" ")).filter(key -> !key.isEmpty()).toList(),
                        Rows.optionalInstant(row, "expires_at")))
                .findOne();
    }

    @Override
    public List<AwardId> expiredBy(Instant at, int limit) {
        return transactions.current().reading().createQuery("SELECT award_id FROM award_score"
                + " WHERE expires_at <= :at LIMIT :limit")
                .bind("at", at).bind("limit", limit).mapTo(Long.class).map(AwardId::new).list();
    }

    @Override
    public List<AwardId> countedOf(TemplateId template, int limit) {
        return transactions.current().reading().createQuery("SELECT award_id FROM award_score"
                + " WHERE template_id = :template LIMIT :limit")
                .bind("template", template.value()).bind("limit", limit).mapTo(Long.class).map(AwardId::new).list();
    }

    @Override
    public Map<TemplateId, Long> holderCounts(Collection<TemplateId> templates) {
        if (templates.isEmpty()) {
            return Map.of();
        }
        Map<TemplateId, Long> found = new HashMap<>();
        transactions.current().reading().createQuery("SELECT template_id, holders FROM template_holder_count"
                + " WHERE template_id IN (<templates>) AND holders > 0")
                .bindList("templates", templates.stream().map(TemplateId::value).distinct().toList())
                .map((row, context) -> found.put(new TemplateId(row.getLong("template_id")), row.getLong("holders")))
                .list();
        return found;
    }

    @Override
    public Optional<Standing> standing(IssuerId issuer, String period, Identity subject) {
        return reads.standing(issuer, period, subject);
    }

    @Override
    public List<Standing> ranking(IssuerId issuer, String period, Optional<Standing> after, int limit) {
        return reads.ranking(issuer, period, after, limit);
    }

    @Override
    public List<Standing> above(IssuerId issuer, String period, Standing of, int limit) {
        return reads.above(issuer, period, of, limit);
    }
}
