package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.port.out.score.CountedAward;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.award.StatusSlot;
import dev.accolade.domain.gameserver.GameServerId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The look-ups of a bulk award and of a batch of log lines read many rows by key in one query each, through an
 * index: the claims on the recipients, their live awards of the templates, the taken status slots, the lines read
 * before, and the score rows counting many awards. The database explains the very queries the store runs, and no
 * table may be scanned whole.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(value = JdbcTarget.class, names = {"H2_MEMORY", "POSTGRESQL"})
class BatchLookupPlanTest {

    private static final Pattern FROM = Pattern.compile("\\b(?:FROM|JOIN)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    /** The column each table read by a batch's look-ups must be searched on. */
    private static final Map<String, String> KEYS = Map.of("award_score", "award_id", "leaderboard_score", "issuer_id",
            "template_holding", "template_id", "leaderboard_band", "issuer_id", "template_holder_count", "template_id",
            "score_subject", "issuer_id", "score_subject_count", "issuer_id", "leaderboard_tie", "issuer_id",
            "leaderboard_block", "issuer_id");

    private static PlanTestDatabase database;

    @Parameter
    JdbcTarget target;

    @BeforeParameterizedClassInvocation
    static void createDatabase(JdbcTarget target) {
        database = PlanTestDatabase.shared(target);
    }

    private List<PlanRecorder.ExplainedQuery> explain(Runnable lookup) {
        return database.recorder().explain(() -> database.store().transactions().readOnly(() -> {
            lookup.run();
            return null;
        }));
    }

    private void assertServed(PlanRecorder.ExplainedQuery query, String table, String column) {
        assertThat(query.plan().indexProblems(table, IndexUse.narrowedBy(table, column)))
                .as("how %s reads %s%nSQL: %s%nplan:%n%s", target, table, query.sql(), query.plan().text())
                .isEmpty();
    }

    private static List<Identity> handles(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(n -> Identity.handle("minecraft:survival", "player" + n))
                .map(Identity.class::cast).toList();
    }

    @Test
    void the_claims_on_many_recipients_are_read_by_key() {
        List<Identity> recipients = IntStream.range(0, 5).mapToObj(n -> Identity.email("member" + n + "-1@example.org"))
                .map(Identity.class::cast).toList();

        List<PlanRecorder.ExplainedQuery> queries = explain(() -> database.store().identityClaims()
                .findByIdentities(recipients));

        assertThat(queries).singleElement().satisfies(query -> assertServed(query, "identity_claim",
                "identity_key"));
    }

    @Test
    void the_live_awards_of_many_grants_are_read_by_template_and_recipient_through_an_index() {
        Template template = database.store().transactions().readOnly(() -> database.store().templates()
                .findById(database.template())).orElseThrow();
        List<Grant> grants = handles(0, 50).stream().map(recipient -> Grant.of(AwardTerms.of(template), recipient))
                .collect(Collectors.toCollection(ArrayList::new));
        grants.add(Grant.of(AwardTerms.of(template), Identity.member(database.member()))
                .heldBy(Optional.of(database.member())));

        List<PlanRecorder.ExplainedQuery> queries = explain(() -> database.store().awards().findActiveAmong(grants));

        assertThat(queries).singleElement().satisfies(query -> assertServed(query, "award", "recipient_key"));
    }

    @Test
    void the_taken_slots_among_many_are_read_through_the_slot_index() {
        List<StatusSlot> slots = IntStream.range(0, 50).mapToObj(index -> new StatusSlot(0, index)).toList();

        List<PlanRecorder.ExplainedQuery> queries = explain(() -> database.store().awardCredentials()
                .takenSlots(database.issuer(), slots));

        assertThat(queries).singleElement().satisfies(query -> assertServed(query, "award", "issuer_id"));
    }

    @Test
    void the_lines_read_before_among_many_are_read_through_the_line_key() {
        List<String> fingerprints = IntStream.range(0, 50).mapToObj(n -> "fingerprint" + n).toList();

        List<PlanRecorder.ExplainedQuery> queries = explain(() -> database.store().loggedAchievements()
                .containedLines(new GameServerId(1), fingerprints));

        assertThat(queries).singleElement().satisfies(query -> assertServed(query, "logged_achievement",
                "server_id"));
    }

    @Test
    void counting_many_awards_reads_each_score_table_by_key() {
        List<Identity> subjects = handles(0, 40);
        List<CountedAward> awards = subjects.stream().map(subject -> new CountedAward(new AwardId(TestData.nextId()),
                database.issuer(), database.template(), subject, 5, PlanTestDatabase.SCORE_PERIODS)).toList();

        List<PlanRecorder.ExplainedQuery> queries = database.recorder().explain(() -> {
            try {
                database.store().transactions().inTransaction(() -> {
                    database.store().scores().enrolAll(database.issuer(), subjects);
                    database.store().scores().countAll(awards, Instant.now());
                    throw new RolledBack();
                });
            } catch (RolledBack expected) {
                // nothing counted stays
            }
        });

        assertThat(queries).extracting(this::table).contains("score_subject", "award_score", "leaderboard_score",
                "template_holding");
        assertThat(queries).allSatisfy(query -> assertServed(query, table(query), KEYS.get(table(query))));
    }

    private String table(PlanRecorder.ExplainedQuery query) {
        Matcher from = FROM.matcher(query.sql());
        assertThat(from.find()).as("a table in %s", query.sql()).isTrue();
        return from.group(1).toLowerCase(Locale.ROOT);
    }

    /** Rolls the counting back, so that the shared database keeps its scores. */
    private static final class RolledBack extends RuntimeException {

        private static final long serialVersionUID = 1L;
    }
}
