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
 *
 * <p>The vanilla line and the announcement, nearly every line a server writes, are read by hand
 * ({@link VanillaLine}); the other formats by regular expressions.
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
        Optional<VanillaLine.Fields> fast = VanillaLine.fields(line);
        if (fast.isPresent()) {
            VanillaLine.Fields fields = fast.get();
            return parsed(LogTimestamp.timeOnly(fields.time()), fields.message(),
                    SERVER_THREAD.equals(fields.thread()) && INFO.equals(fields.level()));
        }
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
        return VanillaLine.announcement(message);
    }

    /** The announcement of a player's name, words and title read from a line, if the domain takes them. */
    static Optional<Announcement> announced(String player, AnnouncementKind kind, String title) {
        try {
            return Optional.of(new Announcement(new PlayerName(player), kind, title));
        } catch (DomainException unusableTitle) {
            return Optional.empty();
        }
    }
}
