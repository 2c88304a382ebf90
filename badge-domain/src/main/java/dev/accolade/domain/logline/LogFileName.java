package dev.accolade.domain.logline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date a rotated Minecraft log's file name carries, as in {@code 2023-05-01-1.log.gz}. */
public final class LogFileName {

    private static final Pattern ROTATED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-\\d+\\.log(\\.gz)?");

    private LogFileName() {
    }

    /** The date in the file's name (without its directory), or empty for {@code latest.log} and other names. */
    public static Optional<LocalDate> dateOf(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        Matcher matcher = ROTATED.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(matcher.group(1)));
        } catch (DateTimeParseException impossibleDate) {
            return Optional.empty();
        }
    }
}
