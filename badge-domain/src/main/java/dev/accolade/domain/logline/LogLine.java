package dev.accolade.domain.logline;

import com.google.common.hash.Hashing;
import dev.accolade.domain.common.Check;
import java.nio.charset.StandardCharsets;

/**
 * A raw line from a game server's log from which an award was parsed, kept exactly as read (only a
 * trailing line break is dropped): one line of at most 4096 characters.
 *
 * @param text the line
 */
public record LogLine(String text) {

    /** The longest line accepted. */
    public static final int MAX_LENGTH = 4096;

    /** Drops a trailing line break and checks the line. */
    public LogLine {
        if (text == null || text.isBlank()) {
            throw Check.blank("line");
        }
        text = withoutLineBreak(text);
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw Check.invalid("line", "must be a single line");
        }
        if (Check.length(text) > MAX_LENGTH) {
            throw Check.tooLong("line", MAX_LENGTH);
        }
    }

    /** The text without one trailing {@code \n} or {@code \r\n}, as {@code replaceFirst("\\r?\\n\\z", "")}. */
    private static String withoutLineBreak(String text) {
        if (!text.endsWith("\n")) {
            return text;
        }
        int end = text.length() - 1;
        return text.substring(0, end > 0 && text.charAt(end - 1) == '\r' ? end - 1 : end);
    }

    /** The SHA-256 of the line, by which a line read twice is recognised. */
    public String fingerprint() {
        return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
    }
}
