package dev.accolade.domain.logline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A file's lines in order give its announcements, in time, with their raw lines. */
class MinecraftLogReaderTest {

    @Test
    void a_file_crossing_midnight_gives_each_announcement_its_day_and_line() {
        MinecraftLogReader reader = MinecraftLogReader.startingOn(LocalDate.of(2023, 5, 1), ZoneId.of("UTC"));
        List<String> lines = List.of(
                "[23:58:00] [Server thread/INFO]: Alex has made the advancement [Stone Age]\r",
                "[23:59:59] [Server thread/WARN]: Can't keep up! Is the server overloaded?",
                "[00:00:10] [Server thread/INFO]: <Steve> Steve has made the advancement [Fake]",
                "[00:01:00] [Server thread/INFO]: Steve has made the advancement [Acquire Hardware]");

        List<ReadAnnouncement> read = lines.stream().map(reader::read).flatMap(Optional::stream).toList();

        assertThat(read).extracting(r -> r.announcement().title()).containsExactly("Stone Age", "Acquire Hardware");
        assertThat(read).extracting(ReadAnnouncement::at).containsExactly(Instant.parse("2023-05-01T23:58:00Z"),
                Instant.parse("2023-05-02T00:01:00Z"));
        assertThat(read.get(0).line().text())
                .isEqualTo("[23:58:00] [Server thread/INFO]: Alex has made the advancement [Stone Age]");
    }

    @Test
    void a_rotated_files_name_gives_its_date_and_other_names_none() {
        assertThat(LogFileName.dateOf("2023-05-01-1.log.gz")).contains(LocalDate.of(2023, 5, 1));
        assertThat(LogFileName.dateOf("2023-05-01-12.log")).contains(LocalDate.of(2023, 5, 1));
        assertThat(LogFileName.dateOf("latest.log")).isEmpty();
        assertThat(LogFileName.dateOf("2023-02-30-1.log.gz")).isEmpty();
        assertThat(LogFileName.dateOf("logs/2023-05-01-1.log.gz")).isEmpty();
        assertThat(LogFileName.dateOf(null)).isEmpty();
    }

    @Test
    void a_player_name_follows_the_games_rules() {
        assertThat(new PlayerName("abc").value()).isEqualTo("abc");
        assertThat(new PlayerName("A_234567890123456".substring(0, 16)).value()).hasSize(16);
    }
}
