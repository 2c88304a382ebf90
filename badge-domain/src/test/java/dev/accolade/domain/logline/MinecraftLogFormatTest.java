package dev.accolade.domain.logline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Lines as real servers write them: the server's announcements are read, everything a player types is not. */
class MinecraftLogFormatTest {

    static Stream<Arguments> announcements() {
        return Stream.of(
                // before 1.7
                arguments("2013-11-11 14:47:02 [INFO] gumptionthomas has just earned the achievement "
                        + "[Taking Inventory]", "gumptionthomas", AnnouncementKind.ACHIEVEMENT, "Taking Inventory"),
                arguments("2013-11-11 23:59:59 [INFO] Steve has just earned the achievement [Getting Wood]",
                        "Steve", AnnouncementKind.ACHIEVEMENT, "Getting Wood"),
                arguments("2012-03-01 08:00:00 [INFO] abc has just earned the achievement [Benchmarking]",
                        "abc", AnnouncementKind.ACHIEVEMENT, "Benchmarking"),
                // 1.7 to 1.11
                arguments("[14:47:02] [Server thread/INFO]: Notch has just earned the achievement [Time to Mine!]",
                        "Notch", AnnouncementKind.ACHIEVEMENT, "Time to Mine!"),
                arguments("[00:00:01] [Server thread/INFO]: a_b_c_d_e_f_g_h_ has just earned the achievement "
                        + "[Hot Topic]", "a_b_c_d_e_f_g_h_", AnnouncementKind.ACHIEVEMENT, "Hot Topic"),
                arguments("[09:15:30] [Server thread/INFO]: Player_123 has just earned the achievement [On A Rail]",
                        "Player_123", AnnouncementKind.ACHIEVEMENT, "On A Rail"),
                // 1.12 and later
                arguments("[14:47:02] [Server thread/INFO]: Alex has made the advancement [Stone Age]",
                        "Alex", AnnouncementKind.ADVANCEMENT, "Stone Age"),
                arguments("[14:47:02] [Server thread/INFO]: Alex has reached the goal [Sky's the Limit]",
                        "Alex", AnnouncementKind.GOAL, "Sky's the Limit"),
                arguments("[14:47:02] [Server thread/INFO]: Alex has completed the challenge [Arbalistic]",
                        "Alex", AnnouncementKind.CHALLENGE, "Arbalistic"),
                arguments("[18:20:44] [Server thread/INFO]: Alex has made the advancement [Who's the [Pillager] Now?]",
                        "Alex", AnnouncementKind.ADVANCEMENT, "Who's the [Pillager] Now?"),
                arguments("[18:20:44] [Server thread/INFO]: Alex has made the advancement [Isn't It Iron Pick]\r",
                        "Alex", AnnouncementKind.ADVANCEMENT, "Isn't It Iron Pick"),
                arguments("[18:20:44] [Server thread/INFO]: xX_Dragon_Xx has completed the challenge [Free the End]",
                        "xX_Dragon_Xx", AnnouncementKind.CHALLENGE, "Free the End"),
                // Spigot and Paper consoles
                arguments("[14:47:02 INFO]: Alex has made the advancement [Acquire Hardware]",
                        "Alex", AnnouncementKind.ADVANCEMENT, "Acquire Hardware"),
                arguments("[23:59:59 INFO]: Steve has reached the goal [The End?]",
                        "Steve", AnnouncementKind.GOAL, "The End?"),
                arguments("[10:01:02 INFO]: Steve has just earned the achievement [Overkill]",
                        "Steve", AnnouncementKind.ACHIEVEMENT, "Overkill"),
                // Forge
                arguments("[01Oct2026 18:02:11.123] [Server thread/INFO] [net.minecraft.server.MinecraftServer/]: "
                        + "Alex has made the advancement [Diamonds!]", "Alex", AnnouncementKind.ADVANCEMENT,
                        "Diamonds!"),
                arguments("[15Jan2024 07:30:00.000] [Server thread/INFO] [minecraft/MinecraftServer]: "
                        + "Steve has completed the challenge [How Did We Get Here?]", "Steve",
                        AnnouncementKind.CHALLENGE, "How Did We Get Here?"),
                arguments("[29Feb2024 12:00:00.999] [Server thread/INFO] [net.minecraft.server.MinecraftServer/]: "
                        + "Alex has reached the goal [Cover Me in Debris]", "Alex", AnnouncementKind.GOAL,
                        "Cover Me in Debris"));
    }

    @ParameterizedTest
    @MethodSource("announcements")
    void the_servers_announcement_is_read(String line, String player, AnnouncementKind kind, String title) {
        Optional<Announcement> announcement = MinecraftLogFormat.parse(line).announcement();

        assertThat(announcement).contains(new Announcement(new PlayerName(player), kind, title));
    }

    static Stream<String> imitations() {
        return Stream.of(
                // chat imitating an announcement
                "[14:47:02] [Server thread/INFO]: <Steve> Alex has made the advancement [Stone Age]",
                "[14:47:02] [Server thread/INFO]: <Steve> has made the advancement [Stone Age]",
                "[14:47:02] [Async Chat Thread - #0/INFO]: <Steve> Steve has made the advancement [Stone Age]",
                "2013-11-11 14:47:02 [INFO] <Steve> Steve has just earned the achievement [Taking Inventory]",
                "[14:47:02 INFO]: <Steve> Alex has made the advancement [Stone Age]",
                "[14:47:02 INFO]: [Not Secure] <Steve> Alex has made the advancement [Stone Age]",
                // /say, /me and other broadcasts
                "[14:47:02] [Server thread/INFO]: [Server] Alex has made the advancement [Stone Age]",
                "[14:47:02] [Server thread/INFO]: [Steve] Alex has made the advancement [Stone Age]",
                "[14:47:02] [Server thread/INFO]: * Steve has made the advancement [Stone Age]",
                "2013-11-11 14:47:02 [INFO] [CONSOLE] Steve has just earned the achievement [Taking Inventory]",
                // lines from other threads or loggers, and other levels
                "[14:47:02] [User Authenticator #1/INFO]: Alex has made the advancement [Stone Age]",
                "[14:47:02] [Netty Epoll Server IO #2/INFO]: Alex has made the advancement [Stone Age]",
                "[14:47:02] [Server thread/WARN]: Alex has made the advancement [Stone Age]",
                "[14:47:02 WARN]: Alex has made the advancement [Stone Age]",
                "2013-11-11 14:47:02 [WARNING] Steve has just earned the achievement [Taking Inventory]",
                "[01Oct2026 18:02:11.123] [Server thread/INFO] [com.example.ChatMod/]: "
                        + "Alex has made the advancement [Diamonds!]",
                "[01Oct2026 18:02:11.123] [Netty Server IO #3/INFO] [net.minecraft.server.MinecraftServer/]: "
                        + "Alex has made the advancement [Diamonds!]",
                // player names outside the game's rules
                "[14:47:02] [Server thread/INFO]: Al has made the advancement [Stone Age]",
                "[14:47:02] [Server thread/INFO]: ThisNameIsFarTooLong has made the advancement [Stone Age]",
                "[14:47:02] [Server thread/INFO]: Ålex has made the advancement [Stone Age]",
                "[14:47:02] [Server thread/INFO]: Alex Smith has made the advancement [Stone Age]",
                // truncated, altered or not log lines at all
                "[14:47:02] [Server thread/INFO]: Alex has made the advancement [Stone Ag",
                "[14:47:02] [Server thread/INFO]: Alex has made the advancement",
                "[14:47:02] [Server thread/INFO]: Alex has made the advancement []",
                "[14:47:02] [Server thread/INFO]: Alex has made the advancement [   ]",
                "[14:47:02] [Server thread/INFO]: Alex has made the advancement [Stone Age] and more",
                "[14:47:02] [Server thread/INFO]: Alex has made an advancement [Stone Age]",
                "[14:47:02] [Server thread/INFO]: Alex  has made the advancement [Stone Age]",
                "[14:47] [Server thread/INFO]: Alex has made the advancement [Stone Age]",
                "[25:61:61] [Server thread/INFO]: Alex has made the advancement [Stone Age]",
                "[31Feb2026 18:02:11.123] [Server thread/INFO] [net.minecraft.server.MinecraftServer/]: "
                        + "Alex has made the advancement [Diamonds!]",
                "Alex has made the advancement [Stone Age]",
                " [14:47:02] [Server thread/INFO]: Alex has made the advancement [Stone Age]",
                "[14:47:02] [Server thread/INFO]: <Jürgen> Ünïcödé 🎉 has made the advancement [Stone Age]",
                "[14:47:02] [Server thread/INFO]: Alex has made the advancement [Stone\tAge]",
                "",
                "\tat net.minecraft.server.MinecraftServer.run(MinecraftServer.java:123)");
    }

    @ParameterizedTest
    @MethodSource("imitations")
    void nothing_else_counts_as_an_announcement(String line) {
        assertThat(MinecraftLogFormat.parse(line).announcement()).isEmpty();
    }

    @Test
    void a_line_of_any_level_tells_the_time_and_a_dated_line_its_date() {
        assertThat(MinecraftLogFormat.parse("[23:59:58] [Server thread/WARN]: Can't keep up!").timestamp())
                .contains(LogTimestamp.timeOnly(LocalTime.of(23, 59, 58)));
        assertThat(MinecraftLogFormat.parse("[00:00:03 INFO]: <Steve> hello").timestamp())
                .contains(LogTimestamp.timeOnly(LocalTime.of(0, 0, 3)));
        assertThat(MinecraftLogFormat.parse("2013-11-11 14:47:02 [SEVERE] oops").timestamp())
                .contains(LogTimestamp.dated(LocalDate.of(2013, 11, 11), LocalTime.of(14, 47, 2)));
        assertThat(MinecraftLogFormat.parse("[01Oct2026 18:02:11.123] [main/INFO] [cpw.mods.modlauncher/]: x")
                .timestamp()).contains(LogTimestamp.dated(LocalDate.of(2026, 10, 1), LocalTime.of(18, 2, 11)));
        assertThat(MinecraftLogFormat.parse("no time here")).isEqualTo(ParsedLine.NOTHING);
        assertThat(MinecraftLogFormat.parse(null)).isEqualTo(ParsedLine.NOTHING);
    }
}
