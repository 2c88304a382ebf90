package dev.accolade.domain.logline;

import dev.accolade.domain.error.DomainException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line of a Minecraft server's log in the formats real servers write: before 1.7
 * ({@code 2013-11-11 14:47:02 [INFO] …}), 1.7 and later ({@code [14:47:02] [Server thread/INFO]: …}),
 * Spigot and Paper consoles ({@code [14:47:02 INFO]: …}) and Forge
 * ({@code [01Oct2026 18:02:11.123] [Server thread/INFO] [net.minecraft.server.MinecraftServer/]: …}).
 *
 * <p>Only the server's own announcement counts: the message must start with a valid player name
 * followed by the announcement's words and a bracketed title, and the line must come from the
 * server's main thread (and, for Forge, its server logger). Chat ({@code <player> …}), {@code /say}
 * ({@code [Server] …}), emotes ({@code * player …}) and anything else a player can type never start
 * that way, however much they imitate it.
 */
public final class MinecraftLogFormat {

    private static final String TIME = "(\\d{2}:\\d{2}:\\d{2})";
    private static final String LEVEL = "([A-Z]+)";
    private static final Pattern BEFORE_1_7 = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}) " + TIME + " \\[" + LEVEL + "] (.*)");
    private static final Pattern SINCE_1_7 = Pattern.compile("\\[" + TIME + "] \\[([^\\]]+)/" + LEVEL + "]: (.*)");
    private static final Pattern BUKKIT = Pattern.compile("\\[" + TIME + " " + LEVEL + "]: (.*)");
    private static final Pattern FORGE = Pattern.compile("\\[(\\d{2}[A-Za-z]{3}\\d{4}) " + TIME + "\\.\\d{3}] "
            + "\\[([^\\]]+)/" + LEVEL + "] \\[([^\\]]*)]: (.*)");
    private static final Pattern ANNOUNCEMENT = Pattern.compile("(" + PlayerName.RULE.pattern() + ") "
            + "(has just earned the achievement|has made the advancement|has reached the goal"
            + "|has completed the challenge) \\[(.+)]");
    private static final String INFO = "INFO";
    private static final String SERVER_THREAD = "Server thread";
    private static final DateTimeFormatter FORGE_DATE = DateTimeFormatter.ofPattern("ddMMMuuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    private MinecraftLogFormat() {
    }

    /** What the line says; {@link ParsedLine#NOTHING} when it is not a server log line. */
    public static ParsedLine parse(String rawLine) {
        if (rawLine == null) {
            return ParsedLine.NOTHING;
        }
        String line = rawLine.endsWith("\r") ? rawLine.substring(0, rawLine.length() - 1) : rawLine;
        try {
            return parseLine(line);
        } catch (DateTimeParseException unreadable) {
            return ParsedLine.NOTHING;
        }
    }

    private static ParsedLine parseLine(String line) {
        Matcher old = BEFORE_1_7.matcher(line);
        if (old.matches()) {
            return parsed(LogTimestamp.dated(LocalDate.parse(old.group(1)), LocalTime.parse(old.group(2))),
                    old.group(4), INFO.equals(old.group(3)));
        }
        Matcher vanilla = SINCE_1_7.matcher(line);
        if (vanilla.matches()) {
            return parsed(LogTimestamp.timeOnly(LocalTime.parse(vanilla.group(1))), vanilla.group(4),
                    SERVER_THREAD.equals(vanilla.group(2)) && INFO.equals(vanilla.group(3)));
        }
        Matcher bukkit = BUKKIT.matcher(line);
        if (bukkit.matches()) {
            return parsed(LogTimestamp.timeOnly(LocalTime.parse(bukkit.group(1))), bukkit.group(3),
                    INFO.equals(bukkit.group(2)));
        }
        Matcher forge = FORGE.matcher(line);
        if (forge.matches()) {
            LogTimestamp stamp = LogTimestamp.dated(LocalDate.parse(forge.group(1), FORGE_DATE),
                    LocalTime.parse(forge.group(2)));
            boolean server = SERVER_THREAD.equals(forge.group(3)) && INFO.equals(forge.group(4))
                    && forge.group(5).contains("MinecraftServer");
            return parsed(stamp, forge.group(6), server);
        }
        return ParsedLine.NOTHING;
    }

    private static ParsedLine parsed(LogTimestamp stamp, String message, boolean fromServer) {
        Optional<Announcement> announcement = fromServer ? announcement(message) : Optional.empty();
        return new ParsedLine(Optional.of(stamp), announcement);
    }

    private static Optional<Announcement> announcement(String message) {
        Matcher matcher = ANNOUNCEMENT.matcher(message);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Announcement(new PlayerName(matcher.group(1)), kindOf(matcher.group(2)),
                    matcher.group(3)));
        } catch (DomainException unusableTitle) {
            return Optional.empty();
        }
    }

    private static AnnouncementKind kindOf(String words) {
        for (AnnouncementKind kind : AnnouncementKind.values()) {
            if (kind.words().equals(words)) {
                return kind;
            }
        }
        throw new IllegalStateException("no announcement says " + words);
    }
}
