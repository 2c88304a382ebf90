package dev.accolade.adapter.out.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How to reach the database: its JDBC URL, the account, and the size of the connection pool.
 *
 * @param url a {@code jdbc:h2:…} or {@code jdbc:postgresql:…} URL
 * @param user the account, empty for H2's default
 * @param password the account's password, possibly empty
 * @param maxPoolSize the most connections kept open at once
 */
public record JdbcSettings(String url, String user, String password, int maxPoolSize) {

    /** The embedded database a server uses when told nothing else. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/accolade";
    /** The connections a pool keeps at most when told nothing else. */
    public static final int DEFAULT_POOL_SIZE = 10;

    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");

    /** Checks every part is present and the URL names a supported database. */
    public JdbcSettings {
        requireNonNull(url, "url");
        requireNonNull(user, "user");
        requireNonNull(password, "password");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("the pool needs at least one connection");
        }
        if (JdbcDialect.of(url) == JdbcDialect.H2 && !isEmbedded(url)) {
            throw new IllegalArgumentException("H2 is supported embedded only (jdbc:h2:file: or jdbc:h2:mem:, one"
                    + " process per database), as its writers take turns inside that process; use PostgreSQL for"
                    + " several processes: " + redact(url));
        }
    }

    private static boolean isEmbedded(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        boolean remote = lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:");
        return !remote && !lower.replace(" ", "").contains(";auto_server=true");
    }

    /** A database at this URL with the default account and pool. */
    public static JdbcSettings of(String url) {
        return new JdbcSettings(url, "", "", DEFAULT_POOL_SIZE);
    }

    /** These settings with another account. */
    public JdbcSettings withAccount(String newUser, String newPassword) {
        return new JdbcSettings(url, newUser, newPassword, maxPoolSize);
    }

    /** These settings with another pool size. */
    public JdbcSettings withPoolSize(int size) {
        return new JdbcSettings(url, user, password, size);
    }

    /** The database this URL names. */
    public JdbcDialect dialect() {
        return JdbcDialect.of(url);
    }

    /**
     * The URL the pool connects with. An H2 file database gets the settings that keep every
     * committed transaction across a process kill, unless the URL sets them itself (docs/operations.md).
     */
    String effectiveUrl() {
        if (dialect() != JdbcDialect.H2 || url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:")) {
            return url;
        }
        String upper = url.toUpperCase(Locale.ROOT);
        StringBuilder effective = new StringBuilder(url);
        if (!upper.contains(";WRITE_DELAY=")) {
            effective.append(";WRITE_DELAY=0");
        }
        if (!upper.contains(";DB_CLOSE_ON_EXIT=")) {
            effective.append(";DB_CLOSE_ON_EXIT=FALSE");
        }
        return effective.toString();
    }

    /** A URL with any password in it blanked, for logs and messages. */
    public static String redact(String url) {
        return PASSWORD_IN_URL.matcher(url).replaceAll("$1***");
    }

    @Override
    public String toString() {
        return "JdbcSettings[url=" + redact(url) + ", user=" + user + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
