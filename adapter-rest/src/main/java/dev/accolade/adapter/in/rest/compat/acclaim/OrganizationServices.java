package dev.accolade.adapter.in.rest.compat.acclaim;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.application.Accolade;

/**
 * What the routes under an organization work with.
 *
 * @param accolade the use cases
 * @param organizations which organization a request addresses, and whether the caller reaches it
 * @param mapper the JSON mapper request bodies are read with
 */
record OrganizationServices(Accolade accolade, OrganizationReach organizations, ObjectMapper mapper) {

    /** Checks every part is present. */
    OrganizationServices {
        requireNonNull(accolade, "accolade");
        requireNonNull(organizations, "organizations");
        requireNonNull(mapper, "mapper");
    }
}
