package dev.accolade.adapter.in.rest.error;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Ids;
import java.util.OptionalLong;

/**
 * The resource a request names by the id in its path, {@code /v1/<collection>/<id>/…}: a refusal on
 * it reads as its own not-found error.
 *
 * @param collection the collection the id belongs to, such as {@code templates}
 * @param id the id, empty when the path does not hold a valid one there
 */
public record AddressedResource(String collection, OptionalLong id) {

    /** Checks both parts are present. */
    public AddressedResource {
        requireNonNull(collection, "collection");
        requireNonNull(id, "id");
    }

    /** The resource named by the first id in this path. */
    public static AddressedResource inPath(String path) {
        String[] segments = path.split("/", 5);
        return new AddressedResource(segments.length > 2 ? segments[2] : "",
                segments.length > 3 ? Ids.parse(segments[3]) : OptionalLong.empty());
    }
}
