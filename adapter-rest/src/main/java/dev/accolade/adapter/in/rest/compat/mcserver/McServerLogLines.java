package dev.accolade.adapter.in.rest.compat.mcserver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.application.gameserver.IngestLogLinesCommand;
import dev.accolade.domain.error.DomainException;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a posted batch of raw log lines: a JSON array of strings, or plain text with one line per
 * line (a final line break ends the last line, it does not add an empty one). At most
 * {@link IngestLogLinesCommand#MAX_LINES} lines.
 */
final class McServerLogLines {

    private static final TypeReference<List<String>> LINES = new TypeReference<>() {
    };

    private McServerLogLines() {
    }

    /** The lines of the request's body; a body that is neither form, or holds too many lines, is a 400. */
    static List<String> of(Context ctx, ObjectMapper json) {
        String contentType = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
        List<String> lines = contentType.startsWith("application/json") ? jsonLines(ctx.body(), json)
                : textLines(ctx.body());
        if (lines.size() > IngestLogLinesCommand.MAX_LINES) {
            throw DomainException.invalid("lines_too_many", "A batch holds at most "
                    + IngestLogLinesCommand.MAX_LINES + " lines; send the rest in another.");
        }
        return lines;
    }

    private static List<String> jsonLines(String body, ObjectMapper json) {
        try {
            List<String> lines = json.readValue(body, LINES);
            if (lines == null || lines.contains(null)) {
                throw new IllegalArgumentException("null line");
            }
            return lines;
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            throw DomainException.invalid("lines_invalid", "The body must be a JSON array of strings, one per line.");
        }
    }

    private static List<String> textLines(String body) {
        if (body.isEmpty()) {
            return List.of();
        }
        String text = body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
        return Arrays.asList(text.split("\n", -1));
    }
}
