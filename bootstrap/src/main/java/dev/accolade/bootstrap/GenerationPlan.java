package dev.accolade.bootstrap;

/**
 * What {@code admin generate} makes.
 *
 * @param awards the awards, in all
 * @param issuers the issuers, each with an API key
 * @param templatesPerIssuer the published templates of each issuer
 * @param recipients the distinct people the awards go to
 * @param seed what the random choices start from, so that a plan gives the same shape again
 */
record GenerationPlan(long awards, int issuers, int templatesPerIssuer, int recipients, long seed) {

    /** Checks every count is in range. */
    GenerationPlan {
        if (awards < 0) {
            throw new CliFailure("generate_invalid", "--awards must not be negative");
        }
        if (issuers < 1 || templatesPerIssuer < 1 || recipients < 1) {
            throw new CliFailure("generate_invalid", "--issuers, --templates and --recipients must be at least 1");
        }
    }
}
