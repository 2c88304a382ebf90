package dev.accolade.bootstrap;

import dev.accolade.domain.logline.LogFileName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.zip.GZIPInputStream;

/** Opens server log files, plain or gzipped, and tells the date their time-only lines start on. */
final class LogFiles {

    private LogFiles() {
    }

    /** A reader of the file's lines in UTF-8 (unreadable bytes replaced), unzipped when its name ends in .gz. */
    static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            InputStream content = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
        } catch (IOException notGzip) {
            in.close();
            throw notGzip;
        }
    }

    /** The date in the file's name, as {@code 2023-05-01-1.log.gz} has, or else today in the server's zone. */
    static LocalDate startDate(Path file, LocalDate today) {
        return LogFileName.dateOf(file.getFileName().toString()).orElse(today);
    }

    /** Today in a time zone. */
    static LocalDate today(ZoneId zone) {
        return LocalDate.now(zone);
    }
}
