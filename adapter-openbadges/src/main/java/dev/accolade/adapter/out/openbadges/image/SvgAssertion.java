package dev.accolade.adapter.out.openbadges.image;

import static java.util.Objects.requireNonNull;

/**
 * What an SVG carries in an Open Badges 2.0 {@code <openbadges:assertion>} element.
 *
 * @param verify the {@code verify} attribute: the assertion's URL, or the signed assertion; empty when absent
 * @param json the element's content, normally the assertion JSON; empty when there is none
 */
public record SvgAssertion(String verify, String json) {

    /** Checks neither part is null. */
    public SvgAssertion {
        requireNonNull(verify, "verify");
        requireNonNull(json, "json");
    }
}
