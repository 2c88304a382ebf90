package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What every command sees of the world: the environment, the working directory and the output,
 * passed in so that tests need no real environment.
 *
 * @param environment the process's environment variables
 * @param workingDirectory where relative paths, such as the default configuration file, are found
 * @param output where results and errors are printed
 */
public record CliContext(Map<String, String> environment, Path workingDirectory, CliOutput output) {

    /** Checks every part and keeps a copy of the environment. */
    public CliContext {
        environment = Map.copyOf(requireNonNull(environment, "environment"));
        requireNonNull(workingDirectory, "workingDirectory");
        requireNonNull(output, "output");
    }

    /** The configuration for these flags: flags first, then the environment, the file and the defaults. */
    public Configuration configuration(Flags flags, Optional<Path> configFile) {
        Properties file = ConfigFile.load(configFile, environment, workingDirectory);
        return Configuration.resolve(flags, environment, file);
    }
}
