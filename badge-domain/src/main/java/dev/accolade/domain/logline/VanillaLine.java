package dev.accolade.domain.logline;

import java.time.LocalTime;
import java.util.Optional;

/**
 * The two hot shapes of a log read by hand, character by character, without a regular expression:
 * the vanilla line of 1.7 and later ({@code [14:47:02] [Server thread/INFO]: …}) and the announcement
 * in a message. Each answers exactly what {@link MinecraftLogFormat}'s expressions answer for the same
 * text, or, where it is not sure (anything that is not that shape, a line break inside), nothing, so
 * that the expressions decide.
 */
final class VanillaLine {

    private static final int TIME_END = 9;
    private static final int THREAD_START = 12;

    private VanillaLine() {
    }

    /**
     * The time, thread, level and message of a vanilla line, as the expression
     * {@code \[(\d{2}:\d{2}:\d{2})] \[([^\]]+)/([A-Z]+)]: (.*)} reads them; empty when the line is not
     * certainly of that shape, for the expressions to try.
     */
    static Optional<Fields> fields(String line) {
        if (line.length() < THREAD_START + 5 || line.charAt(0) != '[' || line.charAt(TIME_END) != ']'
                || line.charAt(TIME_END + 1) != ' ' || line.charAt(TIME_END + 2) != '[' || !isTime(line)) {
            return Optional.empty();
        }
        int close = line.indexOf(']', THREAD_START);
        if (close < 0 || !line.startsWith(": ", close + 1)) {
            return Optional.empty();
        }
        int slash = line.lastIndexOf('/', close - 1);
        if (slash <= THREAD_START || slash + 1 >= close || !isUpperCase(line, slash + 1, close)) {
            return Optional.empty();
        }
        String message = line.substring(close + 3);
        if (hasLineBreak(message, 0)) {
            return Optional.empty();
        }
        return Optional.of(new Fields(time(line), line.substring(THREAD_START, slash),
                line.substring(slash + 1, close), message));
    }

    /**
     * The announcement a message makes, as {@code (name) (words) \[(.+)]} reads it, with the player's name,
     * the kind and the title checked as the domain checks them; empty when it makes none.
     */
    static Optional<Announcement> announcement(String message) {
        int space = message.indexOf(' ');
        if (space < 3 || space > 16 || !message.endsWith("]") || !isPlayerName(message, space)) {
            return Optional.empty();
        }
        for (AnnouncementKind kind : AnnouncementKind.values()) {
            String words = kind.words();
            int open = space + 1 + words.length();
            if (message.startsWith(words, space + 1) && message.startsWith(" [", open)) {
                int titleStart = open + 2;
                int titleEnd = message.length() - 1;
                if (titleEnd <= titleStart || hasLineBreak(message, titleStart)) {
                    return Optional.empty();
                }
                return MinecraftLogFormat.announced(message.substring(0, space), kind,
                        message.substring(titleStart, titleEnd));
            }
        }
        return Optional.empty();
    }

    private static LocalTime time(String line) {
        return LocalTime.of(number(line, 1), number(line, 4), number(line, 7));
    }

    private static boolean isTime(String line) {
        return isDigits(line, 1) && line.charAt(3) == ':' && isDigits(line, 4) && line.charAt(6) == ':'
                && isDigits(line, 7) && number(line, 1) < 24 && number(line, 4) < 60 && number(line, 7) < 60;
    }

    private static boolean isDigits(String text, int at) {
        return isDigit(text.charAt(at)) && isDigit(text.charAt(at + 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String text, int at) {
        return (text.charAt(at) - '0') * 10 + text.charAt(at + 1) - '0';
    }

    private static boolean isUpperCase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlayerName(String text, int end) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || isDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text holds, from an index on, a character a regular expression's dot does not match. */
    private static boolean hasLineBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts of a vanilla line.
     *
     * @param time its {@code hh:mm:ss}, read as {@code LocalTime.parse} reads it
     * @param thread the thread that logged it
     * @param level its level
     * @param message what follows {@code ]: }
     */
    record Fields(LocalTime time, String thread, String level, String message) {
    }
}
