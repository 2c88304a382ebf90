package dev.accolade.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.contract.StoreContract;
import dev.accolade.application.port.out.score.CountedAward;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.score.Standing;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Migration 43's statements, run on scores kept before the rank tallies (the tallies emptied here), fill them
 * so that every rank is exact, and the tallies then move on from what they filled as scores change.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(value = JdbcTarget.class, names = {"H2_MEMORY", "POSTGRESQL"})
class LeaderboardTalliesMigrationTest extends StoreContract {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private static final TemplateId GOLD = new TemplateId(901);

    @Parameter
    JdbcTarget target;

    private long nextAward = 1;

    @Override
    protected StorePorts newStore() {
        return target.newStore();
    }

    @Test
    void the_fill_gives_exact_ranks_and_later_moves_keep_them() {
        IssuerId issuer = savedIssuer().id();
        write(() -> {
            for (int i = 0; i < 2_500; i++) {
                count(issuer, "player" + i, i % 3 == 0 ? 1_000 + (i % 7) * 600 : 10, T.plusSeconds(i / 3));
            }
        });
        ((JdbcStore) store).jdbi().useHandle(handle -> {
            handle.execute("DELETE FROM leaderboard_tie");
            handle.execute("DELETE FROM leaderboard_block");
            LeaderboardTalliesMigration.FILL.forEach(handle::execute);
        });
        assertExactRanks(issuer, 2_500);

        write(() -> {
            for (int i = 0; i < 2_500; i += 5) {
                count(issuer, "player" + i, 7, T.plusSeconds(500 + i % 11));
            }
            count(issuer, "newcomer", 10, T.minusSeconds(60));
        });
        assertExactRanks(issuer, 2_501);
    }

    private void count(IssuerId issuer, String subject, long points, Instant at) {
        store.scores().count(new CountedAward(new AwardId(nextAward++), issuer, GOLD,
                Identity.handle("forum", subject), points, List.of("all")), at);
    }

    private void assertExactRanks(IssuerId issuer, int lines) {
        List<Standing> board = read(() -> store.scores().ranking(issuer, "all", Optional.empty(), 5_000));
        assertThat(board).hasSize(lines);
        for (int i = 0; i < board.size(); i += 7) {
            Standing line = board.get(i);
            assertThat(line.rank()).isEqualTo(i + 1);
            assertThat(read(() -> store.scores().standing(issuer, "all", line.subject()))).contains(line);
        }
    }
}
