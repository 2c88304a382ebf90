package dev.accolade.bootstrap;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** One run of the command line in-process, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    /** Runs the command line with this environment and working directory. */
    static CliRun of(Map<String, String> environment, Path workingDirectory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliOutput output = new CliOutput(new PrintWriter(out, true), new PrintWriter(err, true));
        int exitCode = Main.run(args, new CliContext(environment, workingDirectory, output));
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
