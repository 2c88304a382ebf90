package dev.accolade.bootstrap;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code accolade admin}: the operator's commands, run against the database directly. */
@Command(name = "admin",
        description = {"The operator's commands, run directly against the database.",
            "With H2 (the default), stop the server first: an H2 database file is open in one process at a"
                + " time. PostgreSQL has no such limit."})
public final class AdminCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Name an admin command: create-issuer, create-key, create-member, create-server or generate.");
    }
}
