package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns the database's refusals into the store's: a violated unique constraint becomes the
 * {@link UniqueConstraintViolation} with the domain's code for that constraint, found by its name;
 * any other refused value, which the domain should have caught first, an internal error that names
 * the constraint but none of the values.
 */
final class SqlErrors {

    private static final String UNIQUE_VIOLATION = "23505";
    /** Integrity constraint violations other than unique ones: foreign keys, CHECK, NOT NULL. */
    private static final String INTEGRITY_CLASS = "23";
    /** Data exceptions: a value too long or out of range for its column. */
    private static final String DATA_CLASS = "22";
    /**
     * H2 names the constraint, its index, or both, and the table:
     * {@code "PUBLIC.UQ_ISSUER_SLUG INDEX PUBLIC.UQ_ISSUER_SLUG_INDEX_8 ON PUBLIC.ISSUER(SLUG …)"}, or
     * {@code "PUBLIC.PK_AWARD PRIMARY KEY ON PUBLIC.AWARD(ID) …"}.
     */
    private static final Pattern H2_INDEX = Pattern.compile(
            "\"(?:\\w+\\.)?(\\w+)(?: INDEX (?:\\w+\\.)?\\w+| PRIMARY KEY)? ON (?:\\w+\\.)?(\\w+)\\(");
    private static final Pattern H2_INDEX_SUFFIX = Pattern.compile("_INDEX_\\w+$");
    private static final Pattern QUOTED_CONSTRAINT = Pattern.compile("constraint \"(\\w+)\"");

    private static final Refusal DUPLICATE_ID = new Refusal("duplicate_id", "The id is already in use.");
    private static final Map<String, Refusal> BY_CONSTRAINT = Map.ofEntries(
            Map.entry("uq_issuer_slug", new Refusal("issuer_slug_taken", "The slug is already taken.")),
            Map.entry("uq_member_email", new Refusal("email_taken", "The email address is already registered.")),
            Map.entry("uq_member_confirmation_hash",
                    new Refusal("confirmation_token_taken", "The confirmation token is already in use.")),
            Map.entry("uq_api_key_secret_hash", new Refusal("api_key_taken", "The API key already exists.")),
            Map.entry("pk_member_session", new Refusal("session_token_taken", "The session token is already in use.")),
            Map.entry("pk_identity_claim", new Refusal("identity_already_claimed", "The identity is already claimed.")),
            Map.entry("uq_award_public_id", new Refusal("award_public_id_taken", "The public id is already in use.")),
            Map.entry("uq_award_status_slot", new Refusal("status_slot_taken", "The status slot is already in use.")),
            Map.entry("uq_template_public_id",
                    new Refusal("template_public_id_taken", "The public id is already in use.")),
            Map.entry("pk_issuer_key", new Refusal("issuer_key_taken", "The issuer already has this key.")),
            Map.entry("uq_template_title",
                    new Refusal("template_title_taken", "The issuer already has a template with this title.")),
            Map.entry("pk_template_rating", new Refusal("rating_taken", "The member already rated this template.")),
            Map.entry("uq_offer_exclusivity", new Refusal("offer_already_pending",
                    "An offer of this template to this recipient is already pending.")),
            Map.entry("uq_award_request_pending", new Refusal("request_already_pending",
                    "A request for this template by this member is already pending.")),
            Map.entry("uq_award_exclusivity",
                    new Refusal("award_already_exists", "The recipient already holds this template.")),
            Map.entry("uq_game_server_key", new Refusal("server_key_taken", "The server key is already in use.")),
            Map.entry("uq_logged_achievement_line",
                    new Refusal("log_line_already_read", "The server's log line was read already.")),
            Map.entry("pk_idempotency_record",
                    new Refusal("idempotency_key_taken", "The idempotency key is already recorded.")),
            Map.entry("pk_used_signature", new Refusal("signature_already_used", "The signature was already used.")));

    /** The code and message a constraint refuses a write with. */
    private record Refusal(String code, String message) {

        UniqueConstraintViolation exception() {
            return new UniqueConstraintViolation(code, message);
        }
    }

    private SqlErrors() {
    }

    /** Runs a statement, turning a unique-constraint violation into the store's own refusal. */
    static <T> T guarded(Supplier<T> statement) {
        try {
            return statement.get();
        } catch (RuntimeException failure) {
            throw translated(failure);
        }
    }

    /** Runs a statement that returns nothing, turning a unique-constraint violation into the store's own refusal. */
    static void guarded(Runnable statement) {
        guarded(() -> {
            statement.run();
            return null;
        });
    }

    /** The store's refusal for a database failure, or the failure itself when it is no constraint violation. */
    static RuntimeException translated(RuntimeException failure) {
        Optional<SQLException> sql = sqlCause(failure);
        if (sql.isEmpty() || sql.get().getSQLState() == null) {
            return failure;
        }
        String state = sql.get().getSQLState();
        if (!UNIQUE_VIOLATION.equals(state)) {
            return state.startsWith(INTEGRITY_CLASS) || state.startsWith(DATA_CLASS)
                    ? new IllegalStateException("the database refused a write (SQLSTATE " + state + ", constraint "
                            + constraintName(sql.get()).orElse("unknown") + "): a value the domain should have refused")
                    : failure;
        }
        Optional<Refusal> refusal = constraintName(sql.get()).flatMap(name -> Optional.ofNullable(
                BY_CONSTRAINT.getOrDefault(name, name.startsWith("pk_") ? DUPLICATE_ID : null)));
        return refusal.<RuntimeException>map(Refusal::exception).orElse(failure);
    }

    /** Whether a failure is the database refusing a row that a unique constraint, by its name, already holds. */
    static boolean violated(Throwable failure, String constraint) {
        return sqlCause(failure).filter(sql -> UNIQUE_VIOLATION.equals(sql.getSQLState()))
                .flatMap(SqlErrors::constraintName).filter(constraint::equals).isPresent();
    }

    /** Whether a failure is one the database asks to answer by running the whole unit again. */
    static boolean isRetryable(Throwable failure, JdbcDialect dialect) {
        return sqlCause(failure).map(sql -> dialect.isRetryable(sql.getSQLState())).orElse(false);
    }

    private static Optional<SQLException> sqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                // PostgreSQL's driver keeps the failing row's own exception, with its constraint, behind a batch's
                return Optional.of(sql instanceof BatchUpdateException && sql.getNextException() != null
                        ? sql.getNextException() : sql);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> constraintName(SQLException sql) {
        if (sql instanceof PSQLException postgres) {
            ServerErrorMessage server = postgres.getServerErrorMessage();
            if (server != null && server.getConstraint() != null) {
                return Optional.of(server.getConstraint().toLowerCase(Locale.ROOT));
            }
        }
        String message = String.valueOf(sql.getMessage());
        Matcher h2 = H2_INDEX.matcher(message);
        if (h2.find()) {
            String index = h2.group(1);
            if (index.startsWith("PRIMARY_KEY")) {
                return Optional.of("pk_" + h2.group(2).toLowerCase(Locale.ROOT));
            }
            return Optional.of(H2_INDEX_SUFFIX.matcher(index).replaceFirst("").toLowerCase(Locale.ROOT));
        }
        Matcher quoted = QUOTED_CONSTRAINT.matcher(message);
        return quoted.find() ? Optional.of(quoted.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
