package dev.accolade.domain.logline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.error.DomainException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the Minecraft log reader with what a game server (or someone posing as one) may send: any text,
 * and lines shaped like the four log formats with odd times, levels, threads, names and titles. A line is
 * read or skipped; nothing throws, and what is read holds a valid player and title.
 */
class MinecraftLogFuzzTest {

    @Property(tries = 3000)
    void any_line_is_read_or_skipped(@ForAll("lines") String line) {
        ParsedLine parsed = MinecraftLogFormat.parse(line);

        parsed.announcement().ifPresent(announcement -> {
            assertThat(PlayerName.RULE.matcher(announcement.player().value()).matches()).isTrue();
            assertThat(announcement.title()).isNotBlank().hasSizeLessThanOrEqualTo(Announcement.MAX_TITLE_LENGTH);
            assertThat(parsed.timestamp()).isPresent();
        });
    }

    @Property(tries = 300)
    void a_reader_reads_any_sequence_of_lines_in_order(@ForAll("files") List<String> lines,
            @ForAll("fileDates") LocalDate fileDate) {
        MinecraftLogReader reader;
        try {
            reader = MinecraftLogReader.startingOn(fileDate, ZoneId.of("UTC"));
        } catch (DomainException refused) {
            assertThat(refused.code()).isEqualTo("date_invalid");
            return;
        }

        for (String line : lines) {
            Optional<ReadAnnouncement> read = reader.read(line);
            read.ifPresent(announcement -> assertThat(announcement.line().text()).doesNotEndWith("\r")
                    .hasSizeLessThanOrEqualTo(LogLine.MAX_LENGTH));
        }
    }

    @Provide
    Arbitrary<LocalDate> fileDates() {
        return Arbitraries.oneOf(Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(9999, 12, 31),
                LocalDate.of(1970, 1, 1)), Arbitraries.longs().between(LocalDate.MIN.toEpochDay(),
                        LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay));
    }

    @Provide
    Arbitrary<List<String>> files() {
        return lines().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().ofMinLength(4_000).ofMaxLength(5_000).withChars("ab ]["), shaped());
    }

    private static Arbitrary<String> shaped() {
        Arbitrary<String> time = Arbitraries.oneOf(Arbitraries.of("12:00:01", "23:59:59", "00:00:00"),
                Arbitraries.strings().withChars("0123456789:").ofMaxLength(9));
        Arbitrary<String> level = Arbitraries.of("INFO", "WARN", "ERROR", "", "info", "INFO]");
        Arbitrary<String> thread = Arbitraries.of("Server thread", "Server thread/", "User Authenticator #1", "]");
        Arbitrary<String> player = Arbitraries.oneOf(Arbitraries.strings().withChars("Aa_0-é ").ofMaxLength(20),
                Arbitraries.of("Steve", "x", "a_very_long_player_name_indeed"));
        Arbitrary<String> said = Arbitraries.of(" has just earned the achievement ", " has made the advancement ",
                " has completed the challenge ", " has reached the goal ", " joined the game", " said ");
        Arbitrary<String> title = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(250),
                Arbitraries.of("[Taking Inventory]", "[]", "[", "[[nested]]", "[Diamonds!]\r"));
        Arbitrary<String> date = Arbitraries.of("02Jan2026", "31Feb2026", "99Xyz0000", "2026-01-02");
        return Combinators.combine(time, level, thread, player, said, title, date).as((at, lvl, from, who, verb,
                what, day) -> switch (Math.floorMod(who.hashCode(), 4)) {
                    case 0 -> "[" + at + "] [" + from + "/" + lvl + "]: " + who + verb + what;
                    case 1 -> "2026-01-02 " + at + " [" + lvl + "] " + who + verb + what;
                    case 2 -> "[" + at + " " + lvl + "]: " + who + verb + what;
                    default -> "[" + day + " " + at + ".123] [" + from + "/" + lvl + "] [minecraft/DedicatedServer]: "
                            + who + verb + what;
                });
    }
}
