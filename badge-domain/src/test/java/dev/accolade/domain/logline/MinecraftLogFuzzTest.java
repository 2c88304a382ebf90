package dev.accolade.domain.logline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.error.DomainException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** How the vanilla line was read before it was read by hand. */
    private static final Pattern SINCE_1_7 = Pattern.compile("\\[(\\d{2}:\\d{2}:\\d{2})] \\[([^\\]]+)/([A-Z]+)]: (.*)");
    /** How an announcement was read before it was read by hand. */
    private static final Pattern ANNOUNCEMENT = Pattern.compile("([A-Za-z0-9_]{3,16}) (has just earned the"
            + " achievement|has made the advancement|has reached the goal|has completed the challenge) \\[(.+)]");

    @Property(tries = 3000)
    void any_line_is_read_or_skipped(@ForAll("lines") String line) {
        ParsedLine parsed = MinecraftLogFormat.parse(line);

        parsed.announcement().ifPresent(announcement -> {
            assertThat(PlayerName.RULE.matcher(announcement.player().value()).matches()).isTrue();
            assertThat(announcement.title()).isNotBlank().hasSizeLessThanOrEqualTo(Announcement.MAX_TITLE_LENGTH);
            assertThat(parsed.timestamp()).isPresent();
        });
    }

    @Property(tries = 3000)
    void the_hand_reading_of_a_vanilla_line_agrees_with_its_expression(@ForAll("lines") String line) {
        Matcher expression = SINCE_1_7.matcher(line);

        Optional<VanillaLine.Fields> fields = VanillaLine.fields(line);

        fields.ifPresent(read -> {
            assertThat(expression.matches()).as("the expression matches what the hand reads").isTrue();
            assertThat(read).isEqualTo(new VanillaLine.Fields(LocalTime.parse(expression.group(1)),
                    expression.group(2), expression.group(3), expression.group(4)));
        });
        String message = line.substring(Math.min(line.length(), line.indexOf(": ") + 2));
        for (String said : List.of(line, message)) {
            Matcher announced = ANNOUNCEMENT.matcher(said);
            Optional<Announcement> expected = announced.matches() ? MinecraftLogFormat.announced(announced.group(1),
                    Arrays.stream(AnnouncementKind.values()).filter(kind -> kind.words().equals(announced.group(2)))
                            .findFirst().orElseThrow(), announced.group(3)) : Optional.empty();
            assertThat(VanillaLine.announcement(said)).as(said).isEqualTo(expected);
        }
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
