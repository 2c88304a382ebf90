package dev.accolade.adapter.in.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Hostile values for fuzzing what clients send: numbers out of every range, JSON of the wrong shape, text
 * a database cannot store, encodings half-right, and plain random text.
 */
public final class FuzzValues {

    private static final List<String> EDGES = List.of("", " ", "0", "-1", "1", "2", "9007199254740993",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e309", "-1e309", "1.5",
            "0x10", "NaN", "Infinity", "true", "null", "[]", "{}", "[1e309]", "[9223372036854775808]", "[\"1\"]",
            "[[1]]", "[null]", "{\"email\":\"ada@example.org\"}", "{\"email\":1}", "{\"namespace\":\"minecraft\"}",
            "{\"namespace\":\"minecraft\",\"handle\":\"\\u0000\"}", "\"text\"", "a\u0000b", "\u0000",
            "\ud800", "\uffff", "%00", "%", "%zz", "../../etc/passwd", "' OR 1=1 --", "<script>alert(1)</script>",
            "2026-13-45T25:61:00Z", "2026-01-01", "2026-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
            "+1000000000-01-01T00:00:00Z", "member:1", "member:9223372036854775808", "email:ada@example.org",
            "handle:minecraft/Steve", "handle:/", "x".repeat(5_000), "é".repeat(300));

    private FuzzValues() {
    }

    /** One hostile value as text. */
    public static Arbitrary<String> text() {
        Arbitrary<String> encoded = Arbitraries.strings().all().ofMaxLength(40)
                .map(plain -> Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(plain.getBytes(StandardCharsets.UTF_8)));
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(EDGES)),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(60)),
                Tuple.of(1, encoded),
                Tuple.of(2, json()));
    }

    /** A JSON value of any shape, as text. */
    public static Arbitrary<String> json() {
        Arbitrary<String> scalar = Arbitraries.oneOf(Arbitraries.of(EDGES).map(FuzzValues::quoted),
                Arbitraries.of("1e309", "-0", "123456789012345678901234567890", "true", "null", "1.0", "[]", "{}"));
        return Arbitraries.recursive(() -> scalar, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]"),
                Combinators.combine(Arbitraries.of("id", "email", "handle", "namespace", "title", "x", ""),
                        inner).as((name, value) -> "{" + quoted(name) + ":" + value + "}")), 3);
    }

    /** A JSON object of these attribute names with hostile values, some names left out. */
    public static Arbitrary<String> object(List<String> names) {
        return Arbitraries.maps(Arbitraries.of(names), json()).ofMaxSize(Math.min(names.size(), 6))
                .map(FuzzValues::asObject);
    }

    /** Fields of these names with hostile text values, some left out. */
    public static Arbitrary<Map<String, String>> fields(List<String> names) {
        return Arbitraries.maps(Arbitraries.of(names), text()).ofMaxSize(Math.min(names.size(), 5));
    }

    /** Text as a JSON string literal. */
    public static String quoted(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                literal.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                literal.append(String.format("\\u%04x", (int) c));
            } else {
                literal.append(c);
            }
        }
        return literal.append('"').toString();
    }

    private static String asObject(Map<String, String> attributes) {
        return attributes.entrySet().stream().map(entry -> quoted(entry.getKey()) + ":" + entry.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
