package dev.accolade.adapter.in.rest.json;

import dev.accolade.application.port.in.EvidenceInput;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.common.WebUrl;
import java.util.List;

/**
 * Evidence in JSON: a narrative and links.
 *
 * @param narrative free text, possibly absent
 * @param links http or https URLs, possibly absent
 */
public record EvidenceJson(String narrative, List<String> links) {

    /** The use cases' input. */
    public EvidenceInput toInput() {
        return new EvidenceInput(narrative, links);
    }

    /** The input for possibly absent evidence. */
    public static EvidenceInput toInput(EvidenceJson evidence) {
        return evidence == null ? null : evidence.toInput();
    }

    /** The JSON for checked evidence. */
    public static EvidenceJson from(Evidence evidence) {
        return new EvidenceJson(evidence.narrative(), evidence.links().stream().map(WebUrl::value).toList());
    }
}
