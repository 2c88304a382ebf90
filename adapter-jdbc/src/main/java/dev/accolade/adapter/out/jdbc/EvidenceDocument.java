package dev.accolade.adapter.out.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.common.WebUrl;
import java.util.ArrayList;
import java.util.List;

/** Evidence as the JSON text of an {@code evidence} column. */
final class EvidenceDocument {

    private EvidenceDocument() {
    }

    static String write(Evidence evidence) {
        ObjectNode json = Json.object().put("narrative", evidence.narrative());
        ArrayNode links = json.putArray("links");
        evidence.links().forEach(link -> links.add(link.value()));
        return Json.print(json);
    }

    static Evidence read(String text) {
        JsonNode json = Json.parse(text);
        List<WebUrl> links = new ArrayList<>();
        json.get("links").forEach(link -> links.add(new WebUrl(link.textValue())));
        return new Evidence(json.get("narrative").textValue(), links);
    }
}
