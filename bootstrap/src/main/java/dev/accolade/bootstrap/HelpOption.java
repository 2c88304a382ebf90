package dev.accolade.bootstrap;

import picocli.CommandLine.Option;

/** The {@code --help} option every command takes. */
public final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;
}
