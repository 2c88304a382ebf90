package dev.accolade.application.port.in;

import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.common.WebUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Evidence as a client gives it: a narrative and links.
 *
 * @param narrative free text, possibly absent
 * @param links http or https URLs, possibly absent
 */
public record EvidenceInput(@Size(max = Evidence.MAX_NARRATIVE_LENGTH) String narrative,
        @Size(max = Evidence.MAX_LINKS) List<@NotBlank @Size(max = WebUrl.MAX_LENGTH) String> links) {

    /** No evidence. */
    public static final EvidenceInput NONE = new EvidenceInput(null, null);

    /** The checked evidence; absent input is no evidence. */
    public static Evidence toEvidence(EvidenceInput input) {
        if (input == null) {
            return Evidence.NONE;
        }
        List<WebUrl> urls = input.links == null ? List.of()
                : input.links.stream().map(link -> WebUrl.of(link, "links")).toList();
        return new Evidence(input.narrative, urls);
    }
}
