package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * What the command line prints: results as JSON on standard output, errors as JSON on standard
 * error, and the few notices meant for the operator's eyes. Logs go through SLF4J instead.
 */
public final class CliOutput {

    private final PrintWriter out;
    private final PrintWriter err;

    /** Output to these writers; tests pass string writers. */
    public CliOutput(PrintWriter out, PrintWriter err) {
        this.out = requireNonNull(out, "out");
        this.err = requireNonNull(err, "err");
    }

    /** Output to the process's standard output and standard error, in UTF-8. */
    public static CliOutput system() {
        return new CliOutput(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    /** The writer for results and help. */
    public PrintWriter out() {
        return out;
    }

    /** The writer for errors and usage messages. */
    public PrintWriter err() {
        return err;
    }

    /** Prints a result as one line of JSON on standard output. */
    public void result(Object value) {
        out.println(toJson(value));
        out.flush();
    }

    /** Prints an error as one line of JSON, {@code {"error": code, "message": …}}, on standard error. */
    public void error(String code, String message) {
        err.println(toJson(new ErrorOutput(code, message)));
        err.flush();
    }

    /** Prints a line for the operator on standard output. */
    public void notice(String line) {
        out.println(line);
        out.flush();
    }

    private String toJson(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", failure);
        }
    }

    /**
     * The mapper, made when the first result or error is printed rather than with the output: {@code serve}
     * prints none, and Jackson's first mapper costs a twentieth of a start.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    }

    /** An error as the command line prints it. */
    private record ErrorOutput(String error, String message) {
    }
}
