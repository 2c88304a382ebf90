package dev.accolade.bootstrap;

/**
 * The options given on the command line, each {@code null} when not given, so that the environment
 * and the configuration file can fill it in.
 *
 * @param port the port to listen on
 * @param host the address to bind
 * @param database {@code memory} or a JDBC URL
 * @param databaseUser the database account
 * @param databasePassword the database account's password
 * @param sandbox whether the specifications' sandbox is on
 * @param fetchAllow the comma-separated addresses and blocks that downloads may reach although private
 * @param publicUrl the base URL clients reach the server at
 */
public record Flags(Integer port, String host, String database, String databaseUser, String databasePassword,
        Boolean sandbox, String fetchAllow, String publicUrl) {

    private static final Integer DEFAULT_PORT = null;
    private static final String DEFAULT_TEXT = null;
    private static final Boolean DEFAULT_SANDBOX = null;

    /** The options without a fetch allow-list, as the commands that serve nothing give them. */
    public Flags(Integer port, String host, String database, String databaseUser, String databasePassword,
            Boolean sandbox) {
        this(port, host, database, databaseUser, databasePassword, sandbox, DEFAULT_TEXT);
    }

    /** The options without a public URL. */
    public Flags(Integer port, String host, String database, String databaseUser, String databasePassword,
            Boolean sandbox, String fetchAllow) {
        this(port, host, database, databaseUser, databasePassword, sandbox, fetchAllow, DEFAULT_TEXT);
    }

    /** No option given. */
    public static Flags none() {
        return new Flags(DEFAULT_PORT, DEFAULT_TEXT, DEFAULT_TEXT, DEFAULT_TEXT, DEFAULT_TEXT, DEFAULT_SANDBOX,
                DEFAULT_TEXT);
    }

    @Override
    public String toString() {
        return "Flags[port=" + port + ", host=" + host + ", database=" + database + ", databaseUser=" + databaseUser
                + ", sandbox=" + sandbox + ", fetchAllow=" + fetchAllow + ", publicUrl=" + publicUrl + "]";
    }
}
