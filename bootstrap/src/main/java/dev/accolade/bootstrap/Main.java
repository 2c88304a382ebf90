package dev.accolade.bootstrap;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code accolade} command line: {@code serve}, {@code ingest} and the {@code admin} commands. */
@Command(name = "accolade", description = "A self-hostable achievements and badges engine.")
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new CliContext(System.getenv(), Path.of("").toAbsolutePath(), CliOutput.system())));
    }

    /**
     * Runs the command line in this context and returns the exit code: 0 done, 1 failed, 2 bad usage. For
     * {@code serve} and {@code ingest} only that command's model is built (picocli reflects over every command
     * it is given, a quarter of the start-up time), for anything else all of them.
     */
    public static int run(String[] args, CliContext context) {
        if (args.length > 0 && args[0].equals("serve")) {
            return withOutput(new CommandLine(new Main()).addSubcommand(new ServeCommand(context)), context)
                    .execute(args);
        }
        if (args.length > 0 && args[0].equals("ingest")) {
            return withOutput(new CommandLine(new Main()).addSubcommand(new IngestCommand(context)), context)
                    .execute(args);
        }
        return commandLine(context).execute(args);
    }

    /** The command line with every command, printing to the context's output. */
    public static CommandLine commandLine(CliContext context) {
        CommandLine admin = new CommandLine(new AdminCommand())
                .addSubcommand(new AdminCreateIssuerCommand(context))
                .addSubcommand(new AdminCreateKeyCommand(context))
                .addSubcommand(new AdminCreateServerCommand(context))
                .addSubcommand(new AdminCreateMemberCommand(context))
                .addSubcommand(new AdminGenerateCommand(context));
        CommandLine root = new CommandLine(new Main())
                .addSubcommand(new ServeCommand(context))
                .addSubcommand(new IngestCommand(context))
                .addSubcommand(admin);
        return withOutput(root, context);
    }

    private static CommandLine withOutput(CommandLine root, CliContext context) {
        root.setOut(context.output().out());
        root.setErr(context.output().err());
        root.setExecutionExceptionHandler(new FailureHandler(context.output()));
        return root;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name a command: serve, ingest or admin.");
    }
}
