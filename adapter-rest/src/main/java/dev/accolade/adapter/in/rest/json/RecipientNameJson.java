package dev.accolade.adapter.in.rest.json;

import dev.accolade.domain.award.RecipientName;
import java.util.Optional;

/**
 * A recipient's name in JSON, {@code {"first": …, "last": …}}; shown for display, it identifies no one.
 *
 * @param first the first name
 * @param last the last name
 */
public record RecipientNameJson(String first, String last) {

    /** The name this gives; none when both parts are absent or blank, a 422 when only one is given. */
    public Optional<RecipientName> toName() {
        return RecipientName.of(first, last);
    }

    /** The name given in a body, possibly absent. */
    public static Optional<RecipientName> toName(RecipientNameJson json) {
        return json == null ? Optional.empty() : json.toName();
    }

    /** The JSON for a name, {@code null} without one. */
    public static RecipientNameJson from(Optional<RecipientName> name) {
        return name.map(given -> new RecipientNameJson(given.first(), given.last())).orElse(null);
    }
}
