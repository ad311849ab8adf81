package io.dateline.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the event store lives. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("dateline-data");
}
