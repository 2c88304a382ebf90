package dev.accolade.application.port.out.credential;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A published template as its credentials present it: an Open Badges 2.0 BadgeClass and an Open
 * Badges 3.0 Achievement.
 *
 * @param ob2Id the URL of its BadgeClass
 * @param ob3Id the URL of its Achievement
 * @param name its title
 * @param description its description, possibly empty
 * @param criteria what earns it, possibly empty
 * @param criteriaUrl a page that says more about earning it
 * @param image its image's URL
 * @param kind its type or level, such as {@code Skill}, when it has one
 * @param issuer who issues it
 */
public record BadgeFacts(String ob2Id, String ob3Id, String name, String description, String criteria,
        String criteriaUrl, String image, Optional<String> kind, IssuerFacts issuer) {

    /** Checks every part is present. */
    public BadgeFacts {
        requireNonNull(ob2Id, "ob2Id");
        requireNonNull(ob3Id, "ob3Id");
        requireNonNull(name, "name");
        requireNonNull(description, "description");
        requireNonNull(criteria, "criteria");
        requireNonNull(criteriaUrl, "criteriaUrl");
        requireNonNull(image, "image");
        requireNonNull(kind, "kind");
        requireNonNull(issuer, "issuer");
    }

    /** The tags it carries: its kind, when it has one. */
    public List<String> tags() {
        return kind.stream().toList();
    }
}
