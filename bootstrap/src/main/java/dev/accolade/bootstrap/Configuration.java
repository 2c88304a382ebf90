package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.Deadlines;
import dev.accolade.adapter.in.rest.MetricsSettings;
import dev.accolade.adapter.in.rest.RateLimits;
import dev.accolade.adapter.out.http.Cidr;
import dev.accolade.adapter.out.jdbc.JdbcSettings;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.error.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * How the server runs, resolved from command-line flags, then {@code ACCOLADE_*} environment
 * variables, then the configuration file, then the defaults.
 *
 * @param port the port to listen on, 0 for any free one
 * @param host the address to bind
 * @param database {@code memory} or a JDBC URL (H2 or PostgreSQL)
 * @param databaseUser the database account, empty for H2's default
 * @param databasePassword the database account's password, never logged
 * @param sandbox whether the specifications' sandbox is on
 * @param adminToken the operator's token when one is configured, never logged
 * @param metricsToken a token that reads {@code GET /metrics} and nothing else, when one is configured, never
 *     logged
 * @param masterKey the key that seals secrets the server must read again (base64 of 32 bytes) when one is
 *     configured, never logged
 * @param fetchAllow the private addresses and blocks that downloads of content named by URL may reach;
 *     empty by default, so that no private address is reached
 * @param publicUrl the base URL clients reach the server at, which new issuers' credential ids derive from;
 *     when empty, this machine on the port the server listens on
 * @param deadlines how long requests may take to arrive and the server to drain when it stops
 * @param rateLimits how many requests the server takes from one caller, and which proxies it believes
 */
public record Configuration(int port, String host, String database, String databaseUser, String databasePassword,
        boolean sandbox, Optional<String> adminToken, Optional<String> metricsToken, Optional<String> masterKey,
        List<Cidr> fetchAllow, Optional<WebUrl> publicUrl, Deadlines deadlines, RateLimits rateLimits) {

    /** The port the server listens on when told nothing else. */
    public static final int DEFAULT_PORT = 8080;
    /** The address the server binds when told nothing else: every interface. */
    public static final String DEFAULT_HOST = "0.0.0.0";
    /** The value of {@code --database} that selects the in-memory store. */
    public static final String MEMORY = "memory";
    /** The shortest admin token accepted. */
    public static final int MIN_ADMIN_TOKEN_LENGTH = 16;

    /** Checks every part. */
    public Configuration {
        requireNonNull(host, "host");
        requireNonNull(database, "database");
        requireNonNull(databaseUser, "databaseUser");
        requireNonNull(databasePassword, "databasePassword");
        requireNonNull(adminToken, "adminToken");
        requireNonNull(metricsToken, "metricsToken");
        requireNonNull(masterKey, "masterKey");
        fetchAllow = List.copyOf(fetchAllow);
        requireNonNull(publicUrl, "publicUrl");
        requireNonNull(deadlines, "deadlines");
        requireNonNull(rateLimits, "rateLimits");
        masterKey.ifPresent(MasterKeys::decode);
        if (port < 0 || port > 65_535) {
            throw new ConfigurationException("The port must lie between 0 and 65535, not " + port + ".");
        }
        if (adminToken.isPresent() && adminToken.get().length() < MIN_ADMIN_TOKEN_LENGTH) {
            throw new ConfigurationException("The admin token (ACCOLADE_ADMIN_TOKEN or admin.token) needs at least "
                    + MIN_ADMIN_TOKEN_LENGTH + " characters.");
        }
        if (metricsToken.isPresent() && metricsToken.get().length() < MetricsSettings.MIN_TOKEN_LENGTH) {
            throw new ConfigurationException("The metrics token (ACCOLADE_METRICS_TOKEN or metrics.token) needs at"
                    + " least " + MetricsSettings.MIN_TOKEN_LENGTH + " characters.");
        }
    }

    /** Resolves every option from the flags, the environment and the file, in that order, then the defaults. */
    public static Configuration resolve(Flags flags, Map<String, String> environment, Properties file) {
        Sources sources = new Sources(environment, file);
        int port = sources.pick(flags.port(), "ACCOLADE_PORT", "port").map(Configuration::parsePort)
                .orElse(DEFAULT_PORT);
        String host = sources.pick(flags.host(), "ACCOLADE_HOST", "host").orElse(DEFAULT_HOST);
        String database = sources.pick(flags.database(), "ACCOLADE_DATABASE", "database")
                .orElse(JdbcSettings.DEFAULT_URL);
        String user = sources.pick(flags.databaseUser(), "ACCOLADE_DATABASE_USER", "database.user").orElse("");
        String password = sources.pick(flags.databasePassword(), "ACCOLADE_DATABASE_PASSWORD", "database.password")
                .orElse("");
        boolean sandbox = sources.pick(flags.sandbox(), "ACCOLADE_SANDBOX", "sandbox")
                .map(Configuration::parseBoolean).orElse(false);
        Optional<String> adminToken = sources.pick(null, "ACCOLADE_ADMIN_TOKEN", "admin.token");
        Optional<String> metricsToken = sources.pick(null, "ACCOLADE_METRICS_TOKEN", "metrics.token");
        Optional<String> masterKey = sources.pick(null, "ACCOLADE_MASTER_KEY", "master.key");
        List<Cidr> fetchAllow = sources.pick(flags.fetchAllow(), "ACCOLADE_FETCH_ALLOW", "fetch.allow")
                .map(Configuration::parseBlocks).orElse(List.of());
        Optional<WebUrl> publicUrl = sources.pick(flags.publicUrl(), "ACCOLADE_PUBLIC_URL", "public.url")
                .map(Configuration::parsePublicUrl);
        return new Configuration(port, host, database, user, password, sandbox, adminToken, metricsToken, masterKey,
                fetchAllow, publicUrl, DeadlineSettings.resolve(sources), RateLimitSettings.resolve(sources));
    }

    /** How the use cases behave here, for a server listening on this port. */
    public AccoladeSettings settings(int listeningPort) {
        AccoladeSettings settings = AccoladeSettings.DEFAULT.withSandbox(sandbox);
        return publicUrl.map(settings::withPublicUrl)
                .orElseGet(() -> settings.withLocalUrl(new WebUrl("http://localhost:" + listeningPort)));
    }

    /** How the use cases behave for a command that serves nothing: the server's public URL as configured. */
    public AccoladeSettings settings() {
        return settings(port == 0 ? DEFAULT_PORT : port);
    }

    private static WebUrl parsePublicUrl(String value) {
        try {
            String trimmed = value.strip();
            WebUrl url = new WebUrl(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
            CredentialUrls.checkBase(url);
            return url;
        } catch (DomainException invalid) {
            throw new ConfigurationException("The public URL (--public-url, ACCOLADE_PUBLIC_URL or public.url) is"
                    + " the http or https address clients reach the server at, such as https://badges.example.org,"
                    + " with no query or fragment, not '" + value.strip() + "'.");
        }
    }

    /** Whether the store is the in-memory one. */
    public boolean inMemory() {
        return MEMORY.equals(database);
    }

    /** The database for logs and messages, with any password in its URL blanked. */
    public String databaseForDisplay() {
        return JdbcSettings.redact(database);
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new ConfigurationException("The port must be a number between 0 and 65535, not '" + value + "'.");
        }
    }

    private static List<Cidr> parseBlocks(String value) {
        List<Cidr> blocks = new ArrayList<>();
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                blocks.add(Cidr.parse(part));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("The fetch allow-list (--fetch-allow, ACCOLADE_FETCH_ALLOW or"
                        + " fetch.allow) holds addresses such as 192.168.1.20 and blocks such as 10.0.0.0/8 or"
                        + " fd00::/8, separated by commas, not '" + part.trim() + "'.");
            }
        }
        return List.copyOf(blocks);
    }

    private static boolean parseBoolean(String value) {
        String lower = value.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("true")) {
            return true;
        }
        if (lower.equals("false")) {
            return false;
        }
        throw new ConfigurationException("The sandbox setting is true or false, not '" + value + "'.");
    }

    @Override
    public String toString() {
        return "Configuration[port=" + port + ", host=" + host + ", database=" + databaseForDisplay()
                + ", databaseUser=" + databaseUser + ", sandbox=" + sandbox + ", fetchAllow=" + fetchAllow
                + ", publicUrl=" + publicUrl.map(WebUrl::value).orElse("(this machine)") + ", deadlines=" + deadlines
                + ", rateLimits=" + rateLimits + "]";
    }

    /** The environment and the file, consulted after a flag; blank values count as unset. */
    record Sources(Map<String, String> environment, Properties file) {

        Optional<String> pick(Object flag, String variable, String key) {
            if (flag != null) {
                return Optional.of(flag.toString());
            }
            return present(environment.get(variable)).or(() -> present(file.getProperty(key)));
        }

        private static Optional<String> present(String value) {
            return Optional.ofNullable(value).filter(text -> !text.isBlank());
        }
    }
}
