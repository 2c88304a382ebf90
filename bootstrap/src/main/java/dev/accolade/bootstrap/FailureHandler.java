package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.out.jdbc.JdbcSettings;
import dev.accolade.domain.error.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a command's failure into a JSON error on standard error and an exit code: 1 for a broken
 * rule or an unavailable resource, 2 for unusable configuration, as for bad usage.
 */
public final class FailureHandler implements IExecutionExceptionHandler {

    /** The exit code of a command that failed. */
    public static final int FAILED = 1;

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    private final CliOutput output;

    /** A handler printing to this output. */
    public FailureHandler(CliOutput output) {
        this.output = requireNonNull(output, "output");
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
        if (failure instanceof DomainException) {
            DomainException broken = (DomainException) failure;
            output.error(broken.code(), broken.getMessage());
            return FAILED;
        }
        if (failure instanceof CliFailure) {
            output.error(((CliFailure) failure).code(), failure.getMessage());
            return FAILED;
        }
        if (failure instanceof ConfigurationException) {
            output.error("configuration_invalid", failure.getMessage());
            return command.getCommandSpec().exitCodeOnInvalidInput();
        }
        LOG.error("The command failed unexpectedly", failure);
        output.error("internal_error", JdbcSettings.redact(String.valueOf(failure.getMessage())));
        return FAILED;
    }
}
