package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.gameserver.CreateGameServerCommand;
import dev.accolade.application.gameserver.FindLoggedAchievementsQuery;
import dev.accolade.application.gameserver.GameServerQuery;
import dev.accolade.application.gameserver.IngestLogLinesCommand;
import dev.accolade.application.gameserver.IngestionResult;
import dev.accolade.application.gameserver.ListGameServersQuery;
import dev.accolade.application.gameserver.LoggedAchievementReference;
import dev.accolade.application.gameserver.LoggedAchievementView;
import dev.accolade.application.member.ClaimIdentityCommand;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.application.template.RuleInput;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.logline.PlayerName;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateStatus;
import dev.accolade.domain.template.TitleSearch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Game servers: registering them, reading their logs into awards, claiming players, listing what was read. */
public abstract class GameServerUseCasesTest extends UseCaseTest {

    private static final LocalDate DAY = LocalDate.of(2013, 11, 11);

    private Issuer coal;
    private GameServer survival;

    @BeforeEach
    void aServer() {
        coal = issuer("coal");
        survival = accolade.gameServers().createGameServer(new CreateGameServerCommand(as(coal), coal.id(), "Survival",
                "America/Chicago"));
    }

    private IngestionResult ingest(LocalDate startDate, String... lines) {
        return accolade.logIngestion().ingestLogLines(new IngestLogLinesCommand(as(coal), survival.key(),
                List.of(lines),
                startDate));
    }

    private List<LoggedAchievementView> listed(Actor actor, Optional<String> player, Optional<String> text) {
        Page<LoggedAchievementView> page = accolade.gameServers()
                .findLoggedAchievements(new FindLoggedAchievementsQuery(actor,
                survival.key(), player.map(PlayerName::new), TimeWindow.ALWAYS, text.map(TitleSearch::new),
                PageRequest.first(50)));
        return page.items();
    }

    @Test
    void a_new_server_has_a_lower_case_key_its_zone_and_is_listed_for_its_issuer() {
        assertThat(survival.key().value()).matches("[a-z0-9]{24}");
        assertThat(survival.zone()).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(survival.namespace().value()).isEqualTo("minecraft:" + survival.key().value());
        assertThat(accolade.gameServers().listGameServers(new ListGameServersQuery(as(coal),
                coal.id()))).containsExactly(survival);
        assertThat(accolade.gameServers().getGameServer(new GameServerQuery(operator,
                survival.key()))).isEqualTo(survival);
    }

    @Test
    void a_server_needs_a_known_time_zone_and_the_issuers_right() {
        assertRefusedWithoutChange(() -> accolade.gameServers().createGameServer(new CreateGameServerCommand(as(coal),
                coal.id(),
                "Creative", "Mars/Olympus")), "time_zone_invalid");
        Issuer other = issuer("other");
        assertRefused(() -> accolade.gameServers().createGameServer(new CreateGameServerCommand(as(other), coal.id(),
                "Creative",
                "UTC")), "issuer_forbidden", ErrorCategory.FORBIDDEN);
        assertRefused(() -> accolade.gameServers().listGameServers(new ListGameServersQuery(as(other), coal.id())),
                "issuer_forbidden");
    }

    @Test
    void each_announced_achievement_becomes_a_published_non_repeatable_template_awarded_at_the_lines_time() {
        IngestionResult result = ingest(DAY,
                "2013-11-11 14:47:02 [INFO] gumptionthomas has just earned the achievement [Taking Inventory]",
                "2013-11-11 14:48:00 [INFO] <steve> gumptionthomas has just earned the achievement [Fake]",
                "[15:00:00] [Server thread/INFO]: steve has made the advancement [Stone Age]",
                "[15:01:00] [Server thread/INFO]: <steve> hello");

        assertThat(result).isEqualTo(new IngestionResult(4, 2, 0));
        List<Template> templates = accolade.templates()
                .findTemplates(FindTemplatesQuery.all(as(coal), PageRequest.first(50)).ofIssuer(coal.id())).items()
                .stream().map(view -> view.template()).toList();
        assertThat(templates).extracting(template -> template.details().title())
                .containsExactlyInAnyOrder("Taking Inventory", "Stone Age");
        assertThat(templates).allSatisfy(template -> {
            assertThat(template.status()).isEqualTo(TemplateStatus.PUBLISHED);
            assertThat(template.details().repeatable()).isFalse();
        });
        List<LoggedAchievementView> listed = listed(as(coal), Optional.empty(), Optional.empty());
        assertThat(listed).extracting(view -> view.achievement().at()).containsExactly(
                Instant.parse("2013-11-11T21:00:00Z"), Instant.parse("2013-11-11T20:47:02Z"));
        Award award = store.transactions().readOnly(() -> store.awards()
                .findById(listed.get(1).achievement().award()).orElseThrow());
        assertThat(award.awardedAt()).isEqualTo(Instant.parse("2013-11-11T20:47:02Z"));
        assertThat(award.recipient()).isEqualTo(new ExternalIdentity(survival.namespace(), "gumptionthomas"));
        assertThat(award.source()).isEqualTo(new AwardSource.FromLogLine(listed.get(1).achievement().line()));
    }

    @Test
    void each_achievement_line_records_one_event_that_rules_on_game_achievements_count() {
        Template explorer = published(coal, input("Explorer", false, false)
                .withRule(RuleInput.threshold("minecraft.achievement", 2)));
        String first = "[10:00:00] [Server thread/INFO]: steve has made the advancement [Stone Age]";
        Identity steve = new ExternalIdentity(survival.namespace(), "steve");

        ingest(DAY, first, first);
        ingest(DAY, first);

        assertThat(store.transactions().readOnly(() -> store.metricCounters().total(coal.id(), steve,
                new Metric("minecraft.achievement")))).isEqualTo(1);
        assertThat(delivered(AwardGranted.class)).extracting(granted -> granted.award().grant().template())
                .doesNotContain(explorer.id());

        ingest(DAY, "[10:05:00] [Server thread/INFO]: steve has made the advancement [Getting Wood]");

        Award ruled = delivered(AwardGranted.class).stream().map(AwardGranted::award)
                .filter(award -> award.grant().template().equals(explorer.id())).findFirst().orElseThrow();
        assertThat(ruled.recipient()).isEqualTo(steve);
        assertThat(ruled.source()).isEqualTo(new AwardSource.FromRule("threshold minecraft.achievement >= 2"));
    }

    @Test
    void a_line_read_again_or_an_achievement_held_already_gives_nothing_new() {
        String line = "[10:00:00] [Server thread/INFO]: steve has made the advancement [Stone Age]";
        ingest(DAY, line);

        assertThat(ingest(DAY, line, line)).isEqualTo(new IngestionResult(2, 0, 2));
        assertThat(ingest(DAY, "[11:00:00] [Server thread/INFO]: steve has made the advancement [Stone Age]"))
                .isEqualTo(new IngestionResult(1, 0, 1));
        assertThat(listed(as(coal), Optional.empty(), Optional.empty())).hasSize(1);
    }

    @Test
    void a_batch_announcing_an_achievement_twice_to_a_player_awards_the_first_line_as_one_by_one() {
        IngestionResult result = ingest(DAY,
                "[10:00:00] [Server thread/INFO]: steve has made the advancement [Stone Age]",
                "[10:01:00] [Server thread/INFO]: alex has made the advancement [Stone Age]",
                "[10:02:00] [Server thread/INFO]: steve has made the advancement [Stone Age]",
                "[10:03:00] [Server thread/INFO]: steve has made the advancement [Getting Wood]");

        assertThat(result).isEqualTo(new IngestionResult(4, 3, 1));
        List<Award> awards = delivered(AwardGranted.class).stream().map(AwardGranted::award).toList();
        assertThat(awards).extracting(award -> award.recipient().key()).containsExactly(
                survival.player(new PlayerName("steve")).key(), survival.player(new PlayerName("alex")).key(),
                survival.player(new PlayerName("steve")).key());
        assertThat(awards.get(0).awardedAt()).isBefore(awards.get(1).awardedAt());
        assertThat(listed(as(coal), Optional.of("steve"), Optional.empty())).hasSize(2);
    }

    @Test
    void time_only_lines_take_the_ingestion_day_or_yesterday_when_their_time_is_still_to_come() {
        GameServer utc = accolade.gameServers().createGameServer(new CreateGameServerCommand(as(coal), coal.id(),
                "UTC", "UTC"));
        accolade.logIngestion().ingestLogLines(new IngestLogLinesCommand(as(coal), utc.key(), List.of(
                "[03:00:00] [Server thread/INFO]: alex has reached the goal [Sky's the Limit]"), null));
        accolade.logIngestion().ingestLogLines(new IngestLogLinesCommand(as(coal), utc.key(), List.of(
                "[23:59:00] [Server thread/INFO]: alex has completed the challenge [Hero of the Village]"), null));

        assertThat(accolade.gameServers().findLoggedAchievements(new FindLoggedAchievementsQuery(as(coal), utc.key(),
                Optional.empty(), TimeWindow.ALWAYS, Optional.empty(), PageRequest.first(10))).items())
                .extracting(view -> view.achievement().at())
                .containsExactly(Instant.parse("2026-01-02T03:00:00Z"), Instant.parse("2026-01-01T23:59:00Z"));
    }

    @Test
    void only_the_servers_issuer_or_the_operator_reads_its_log() {
        Issuer other = issuer("other");
        assertRefusedWithoutChange(() -> accolade.logIngestion().ingestLogLines(new IngestLogLinesCommand(as(other),
                survival.key(),
                List.of("[10:00:00] [Server thread/INFO]: steve has made the advancement [X]"), DAY)),
                "server_forbidden");
        assertRefused(() -> accolade.logIngestion().ingestLogLines(new IngestLogLinesCommand(anonymous, survival.key(),
                List.of(), DAY)), "authentication_required", ErrorCategory.UNAUTHENTICATED);
        assertThat(accolade.logIngestion().ingestLogLines(new IngestLogLinesCommand(operator, survival.key(),
                List.of("[10:00:00] [Server thread/INFO]: steve has made the advancement [X]"), DAY)).awards())
                .isEqualTo(1);
    }

    @Test
    void members_and_the_issuer_read_the_list_other_issuers_and_nobody_do_not() {
        ingest(DAY, "[10:00:00] [Server thread/INFO]: steve has made the advancement [Stone Age]");
        Member reader = member("reader@example.org");

        assertThat(listed(as(reader), Optional.empty(), Optional.empty())).hasSize(1);
        assertRefused(() -> listed(as(issuer("other")), Optional.empty(), Optional.empty()), "server_forbidden");
        assertRefused(() -> listed(anonymous, Optional.empty(), Optional.empty()), "authentication_required");
    }

    @Test
    void the_servers_issuer_links_a_player_to_a_member_whose_awards_then_show_the_member() {
        ingest(DAY, "[10:00:00] [Server thread/INFO]: steve has made the advancement [Stone Age]");
        Member steve = member("steve@example.org");
        ExternalIdentity player = new ExternalIdentity(survival.namespace(), "steve");

        assertRefused(() -> accolade.members().claimIdentity(new ClaimIdentityCommand(as(issuer("other")), steve.id(),
                player)),
                "operator_required");
        accolade.members().claimIdentity(new ClaimIdentityCommand(as(coal), steve.id(), player));
        ingest(DAY, "[11:00:00] [Server thread/INFO]: steve has made the advancement [Getting an Upgrade]");

        List<LoggedAchievementView> listed = listed(as(coal), Optional.of("steve"), Optional.empty());
        assertThat(listed).hasSize(2).allSatisfy(view -> assertThat(view.holder()).contains(steve.id()));
        assertThat(accolade.gameServers().getLoggedAchievement(new LoggedAchievementReference(as(steve), survival.key(),
                listed.get(0).achievement().award())).holder()).contains(steve.id());
    }

    @Test
    void the_list_searches_name_message_and_player_whatever_the_case() {
        ingest(DAY, "[10:00:00] [Server thread/INFO]: Steve has made the advancement [Stone Age]",
                "[10:01:00] [Server thread/INFO]: Alex has reached the goal [Sky's the Limit]");

        assertThat(listed(as(coal), Optional.empty(), Optional.of("STONE"))).hasSize(1);
        assertThat(listed(as(coal), Optional.empty(), Optional.of("reached the GOAL"))).hasSize(1);
        assertThat(listed(as(coal), Optional.empty(), Optional.of("alex"))).hasSize(1);
        assertThat(listed(as(coal), Optional.of("Alex"), Optional.of("stone"))).isEmpty();
    }

    @Test
    void an_unknown_server_or_achievement_is_not_found() {
        assertRefused(() -> accolade.gameServers().getGameServer(new GameServerQuery(operator,
                new dev.accolade.domain.gameserver.ServerKey("nosuchserver"))), "server_not_found");
        assertRefused(() -> accolade.gameServers().getLoggedAchievement(new LoggedAchievementReference(as(coal),
                survival.key(),
                new dev.accolade.domain.award.AwardId(123_456))), "achievement_not_found");
    }
}
