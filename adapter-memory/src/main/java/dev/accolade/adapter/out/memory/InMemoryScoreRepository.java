package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.score.CountedAward;
import dev.accolade.application.port.out.score.ScoreRepository;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.score.Standing;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Scores, subjects and holders in memory; rankings sort the period's rows, which is enough for tests. */
final class InMemoryScoreRepository implements ScoreRepository {

    private static final Comparator<Score> RANKING = Comparator.comparingLong(Score::points).reversed()
            .thenComparing(Score::reachedAt).thenComparing(score -> score.key().subject().key());

    private final InMemoryDatabase database;
    private final Table<SubjectKey, SubjectKey> subjects;
    private final Table<AwardId, CountedAward> counted;
    private final Table<ScoreKey, Score> scores;
    private final Table<HoldingKey, Holding> holdings;

    InMemoryScoreRepository(InMemoryDatabase database) {
        this.database = database;
        this.subjects = new Table<>(database, Function.identity(), "subject_taken", "Already a subject.", List.of());
        this.counted = new Table<>(database, CountedAward::award, "award_counted", "Already counted.", List.of());
        this.scores = new Table<>(database, Score::key, "score_taken", "The score exists.", List.of());
        this.holdings = new Table<>(database, Holding::key, "holding_taken", "The holding exists.", List.of());
    }

    @Override
    public boolean enrol(IssuerId issuer, Identity subject) {
        SubjectKey key = new SubjectKey(issuer, subject.key());
        return database.inTransaction(() -> {
            if (subjects.get(key).isPresent()) {
                return false;
            }
            subjects.insert(key);
            return true;
        });
    }

    @Override
    public int enrolAll(IssuerId issuer, Collection<Identity> subjects) {
        return database.inTransaction(() -> (int) subjects.stream().distinct().filter(subject -> enrol(issuer, subject))
                .count());
    }

    @Override
    public long subjectCount(IssuerId issuer) {
        return subjectCounts(List.of(issuer)).getOrDefault(issuer, 0L);
    }

    @Override
    public Map<IssuerId, Long> subjectCounts(Collection<IssuerId> issuers) {
        return database.read(() -> subjects.rows().filter(key -> issuers.contains(key.issuer()))
                .collect(Collectors.groupingBy(SubjectKey::issuer, Collectors.counting())));
    }

    @Override
    public void count(CountedAward award, Instant at) {
        database.inTransaction(() -> {
            if (counted.get(award.award()).isPresent()) {
                return null;
            }
            counted.insert(award);
            addPoints(award, award.points(), at);
            HoldingKey key = new HoldingKey(award.template(), award.subject().key());
            holdings.upsert(new Holding(key, holdings.get(key).map(Holding::awards).orElse(0L) + 1));
            return null;
        });
    }

    @Override
    public void countAll(List<CountedAward> awards, Instant at) {
        database.inTransaction(() -> {
            awards.forEach(award -> count(award, at));
            return null;
        });
    }

    @Override
    public Optional<CountedAward> uncount(AwardId award, Instant at) {
        return database.inTransaction(() -> {
            Optional<CountedAward> found = counted.get(award);
            found.ifPresent(was -> {
                counted.delete(award);
                addPoints(was, -was.points(), at);
                HoldingKey key = new HoldingKey(was.template(), was.subject().key());
                long left = holdings.get(key).map(Holding::awards).orElse(1L) - 1;
                if (left > 0) {
                    holdings.upsert(new Holding(key, left));
                } else {
                    holdings.delete(key);
                }
            });
            return found;
        });
    }

    private void addPoints(CountedAward award, long points, Instant at) {
        if (points == 0) {
            return;
        }
        for (String period : award.periods()) {
            ScoreKey key = new ScoreKey(award.issuer(), period, award.subject());
            long before = scores.get(key).map(Score::points).orElse(0L);
            scores.upsert(new Score(key, before + points, at));
        }
    }

    @Override
    public List<AwardId> expiredBy(Instant at, int limit) {
        Comparator<CountedAward> soonestFirst = Comparator.comparing((CountedAward award) ->
                award.expiresAt().orElseThrow()).thenComparingLong(award -> award.award().value());
        return database.read(() -> counted.rows()
                .filter(award -> award.expiresAt().map(expiry -> !expiry.isAfter(at)).orElse(false))
                .sorted(soonestFirst).limit(limit).map(CountedAward::award).toList());
    }

    @Override
    public List<AwardId> countedOf(TemplateId template, int limit) {
        return database.read(() -> counted.rows().filter(award -> award.template().equals(template))
                .map(CountedAward::award).sorted(Comparator.comparingLong(AwardId::value)).limit(limit).toList());
    }

    @Override
    public Map<TemplateId, Long> holderCounts(Collection<TemplateId> templates) {
        return database.read(() -> holdings.rows().filter(holding -> templates.contains(holding.key().template()))
                .collect(Collectors.groupingBy(holding -> holding.key().template(), Collectors.counting())));
    }

    @Override
    public Optional<Standing> standing(IssuerId issuer, String period, Identity subject) {
        return database.read(() -> {
            List<Score> board = board(issuer, period);
            for (int i = 0; i < board.size(); i++) {
                if (board.get(i).key().subject().equals(subject)) {
                    return Optional.of(board.get(i).at(i + 1));
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public List<Standing> ranking(IssuerId issuer, String period, Optional<Standing> after, int limit) {
        return database.read(() -> {
            List<Score> board = board(issuer, period);
            List<Standing> page = new ArrayList<>();
            long start = after.map(Standing::rank).orElse(0L);
            board.stream().filter(score -> after.map(last -> last.ranksAbove(score.points(), score.reachedAt(),
                    score.key().subject())).orElse(true)).limit(limit)
                    .forEach(score -> page.add(score.at(start + page.size() + 1)));
            return page;
        });
    }

    @Override
    public List<Standing> above(IssuerId issuer, String period, Standing of, int limit) {
        return database.read(() -> {
            List<Score> board = board(issuer, period);
            int mine = (int) of.rank() - 1;
            int from = Math.max(0, mine - limit);
            List<Standing> above = new ArrayList<>();
            for (int i = from; i < mine && i < board.size(); i++) {
                above.add(board.get(i).at(i + 1));
            }
            return above;
        });
    }

    private List<Score> board(IssuerId issuer, String period) {
        return scores.rows().filter(score -> score.key().issuer().equals(issuer)
                && score.key().period().equals(period) && score.points() > 0).sorted(RANKING).toList();
    }

    /** A subject of an issuer. */
    private record SubjectKey(IssuerId issuer, String subject) {
    }

    /** A score's key: an issuer's bucket and a subject. */
    private record ScoreKey(IssuerId issuer, String period, Identity subject) {
    }

    /** A subject's points in a bucket, and when it reached them. */
    private record Score(ScoreKey key, long points, Instant reachedAt) {

        Standing at(long rank) {
            return new Standing(key.subject(), points, reachedAt, rank);
        }
    }

    /** A template and a subject who holds it. */
    private record HoldingKey(TemplateId template, String subject) {
    }

    /** How many live awards of a template a subject holds, at least one. */
    private record Holding(HoldingKey key, long awards) {
    }
}
