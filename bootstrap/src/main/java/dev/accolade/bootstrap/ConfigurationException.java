package dev.accolade.bootstrap;

/** A configuration value that cannot be used: a bad port, a missing configuration file, a short admin token. */
public final class ConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem described in words for the operator. */
    public ConfigurationException(String message) {
        super(message);
    }
}
