package dev.migrate.command;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Migrator#init} created.
 *
 * @param directory  the migrations directory
 * @param created    the files and directories created (existing ones are left alone and not listed)
 */
public record InitResult(Path directory, List<Path> created) {

    public InitResult {
        created = List.copyOf(created);
    }
}
