package dev.accolade.application.port.out.credential;

import java.util.Optional;

/**
 * Dereferences the URLs a verification needs (assertions, profiles, keys, status lists): this
 * server's own documents directly, anyone else's through the outbound guard. JSON-LD contexts are
 * never resolved here; they come from the bundle.
 */
public interface DocumentResolverPort {

    /** What the URL answers, or empty when it could not be had (refused, unreachable, too large). */
    Optional<ResolvedDocument> resolve(String url);
}
