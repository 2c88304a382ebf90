package dev.accolade.adapter.in.rest.response;

/**
 * The wrapper of every successful response of the native API, as in the Acclaim API.
 *
 * @param data the resource or the list of resources
 * @param metadata facts about the response, such as paging; {@code null} when there are none
 * @param <T> the type of the data
 */
public record Envelope<T>(T data, Object metadata) {

    /** A single resource without metadata. */
    public static <T> Envelope<T> of(T data) {
        return new Envelope<>(data, null);
    }
}
