package dev.accolade.domain.gameserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.identity.Namespace;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.logline.Announcement;
import dev.accolade.domain.logline.AnnouncementKind;
import dev.accolade.domain.logline.LogLine;
import dev.accolade.domain.logline.PlayerName;
import dev.accolade.domain.template.TitleSearch;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Game servers, their keys and players, and the achievements read from their logs. */
class GameServerTest {

    private final GameServer server = GameServer.create(new GameServerId(1), new IssuerId(2), "Survival",
            new ServerKey("abcdef123456"), ZoneId.of("America/Chicago"), Instant.EPOCH);

    @Test
    void a_servers_players_are_handles_in_its_own_namespace() {
        assertThat(server.namespace()).isEqualTo(new Namespace("minecraft:abcdef123456"));
        assertThat(server.player(new PlayerName("Steve"))).isEqualTo(new ExternalIdentity(server.namespace(),
                "Steve"));
        assertThat(GameServer.keyOfNamespace(server.namespace())).contains(server.key());
        assertThat(GameServer.keyOfNamespace(new Namespace("userbadges:demo"))).isEmpty();
        assertThat(GameServer.keyOfNamespace(new Namespace("minecraft:x"))).isEmpty();
    }

    @Test
    void keys_are_eight_to_sixty_four_lower_case_letters_and_digits() {
        assertThat(new ServerKey("a".repeat(64)).value()).hasSize(64);
        for (String bad : new String[] {"short", "UPPERCASE123", "with-dash-123", "a".repeat(65)}) {
            assertThatThrownBy(() -> new ServerKey(bad)).isInstanceOfSatisfying(DomainException.class,
                    refusal -> assertThat(refusal.code()).isEqualTo("server_key_invalid"));
        }
    }

    @Test
    void a_time_zone_is_named_as_the_tz_database_does() {
        assertThat(GameServer.zoneNamed("Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThatThrownBy(() -> GameServer.zoneNamed("Mars/Olympus")).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.code()).isEqualTo("time_zone_invalid"));
    }

    @Test
    void a_logged_achievement_is_found_by_name_message_or_player_whatever_the_case() {
        LoggedAchievement achievement = new LoggedAchievement(new AwardId(3), server.id(),
                new Announcement(new PlayerName("gumptionthomas"), AnnouncementKind.ACHIEVEMENT, "Taking Inventory"),
                Instant.EPOCH, new LogLine("line"), Instant.EPOCH);

        assertThat(achievement.message()).isEqualTo("has just earned the achievement [Taking Inventory]");
        assertThat(achievement.matches(new TitleSearch("TAKING"))).isTrue();
        assertThat(achievement.matches(new TitleSearch("just earned"))).isTrue();
        assertThat(achievement.matches(new TitleSearch("GumptionThomas"))).isTrue();
        assertThat(achievement.matches(new TitleSearch("inventory] gumption"))).isFalse();
        assertThat(achievement.fingerprint()).isEqualTo(new LogLine("line").fingerprint());
    }
}
