package dev.accolade.adapter.out.openbadges;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The JSON the documents are written with: one mapper, compact text, dates to the second in UTC. */
final class JsonText {

    /** The mapper every document is built and read with. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonText() {
    }

    /** A new, empty object. */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** An array of these texts. */
    static ArrayNode strings(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    /** The compact text of a document. */
    static String write(JsonNode document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of plain nodes always writes", impossible);
        }
    }

    /** A time as the documents write it: ISO 8601 in UTC, to the second ({@code 2026-12-06T11:33:08Z}). */
    static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
