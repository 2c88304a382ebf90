package dev.accolade.domain.common;

import java.util.List;

/**
 * What supports an award, an offer or a request: a narrative and links.
 *
 * @param narrative free text of at most 2000 characters, possibly empty
 * @param links at most 10 web links
 */
public record Evidence(String narrative, List<WebUrl> links) {

    /** No evidence at all. */
    public static final Evidence NONE = new Evidence("", List.of());
    /** The longest narrative accepted. */
    public static final int MAX_NARRATIVE_LENGTH = 2000;
    /** The most links accepted. */
    public static final int MAX_LINKS = 10;

    /** Checks the narrative and the links. */
    public Evidence {
        narrative = Check.text(narrative, "narrative", MAX_NARRATIVE_LENGTH);
        links = Check.list(links, "links", MAX_LINKS);
    }

    /** Whether there is nothing in it. */
    public boolean isEmpty() {
        return narrative.isEmpty() && links.isEmpty();
    }
}
