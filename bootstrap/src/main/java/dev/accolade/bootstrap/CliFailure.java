package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

/** A failure outside the domain that the command line reports with a code, such as a locked database. */
public final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /** A failure with a stable snake_case code and a message for the operator, free of secrets. */
    public CliFailure(String code, String message) {
        super(message);
        this.code = requireNonNull(code, "code");
    }

    /** The stable snake_case code. */
    public String code() {
        return code;
    }
}
