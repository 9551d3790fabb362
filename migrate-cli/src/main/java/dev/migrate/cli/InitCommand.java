package dev.migrate.cli;

import dev.migrate.command.InitResult;
import dev.migrate.command.Migrator;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code migrate init [DIRECTORY]}: a migrations folder and a {@code migrate.properties} template. */
@Command(name = "init", description = "Create a migrations folder and a migrate.properties template "
        + "(existing files are left alone).")
final class InitCommand extends Verb {

    @Parameters(paramLabel = "DIRECTORY", arity = "0..1", defaultValue = "db/migrations",
            description = "The migrations folder. Default: ${DEFAULT-VALUE}.")
    Path directory;

    @Override
    int run(Session session) {
        Path folder = env().resolve(directory);
        Path properties = env().resolve(options().config != null ? options().config : Path.of("migrate.properties"));
        InitResult result = Migrator.builder().build().init(folder, properties);
        for (Path path : new Path[] {folder, properties}) {
            boolean created = result.created().stream().anyMatch(p -> env().resolve(p).equals(path));
            out().println((created ? "Created " : "Exists, left alone: ") + env().display(path));
        }
        out().println("Next: set migrate.url in " + env().display(properties)
                + ", then write a first revision with: migrate revision -m \"create tables\"");
        return Errors.OK;
    }
}
