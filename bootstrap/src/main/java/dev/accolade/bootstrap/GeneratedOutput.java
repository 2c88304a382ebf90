package dev.accolade.bootstrap;

import java.util.List;

/**
 * What {@code admin generate} prints: the issuers it made, each with its API key, and how much it wrote.
 *
 * @param issuers the new issuers and their keys, with the secrets
 * @param templates the published templates, in all
 * @param awards the awards written
 * @param recipients the distinct people they could go to
 * @param seconds how long writing took, start to end
 */
public record GeneratedOutput(List<NewIssuerOutput> issuers, int templates, long awards, int recipients,
        double seconds) {

    /** Keeps a copy of the issuers. */
    public GeneratedOutput {
        issuers = List.copyOf(issuers);
    }
}
