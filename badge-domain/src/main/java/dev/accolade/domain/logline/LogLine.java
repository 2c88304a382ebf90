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
        text = text.replaceFirst("\\r?\\n\\z", "");
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw Check.invalid("line", "must be a single line");
        }
        if (Check.length(text) > MAX_LENGTH) {
            throw Check.tooLong("line", MAX_LENGTH);
        }
    }

    /** The SHA-256 of the line, by which a line read twice is recognised. */
    public String fingerprint() {
        return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
    }
}
