package dev.migrate.cli;

import picocli.CommandLine.Option;

/** {@code -h}/{@code --help} for each verb ({@code migrate upgrade --help}). */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
