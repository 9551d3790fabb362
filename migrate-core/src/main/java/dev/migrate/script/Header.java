package dev.migrate.script;

import dev.migrate.graph.Revision;
import java.util.List;
import java.util.Set;

/**
 * The headers of a SQL script, read from the lines above {@code -- migrate:upgrade}.
 *
 * @param upgradeLine the line of {@code -- migrate:upgrade}
 */
record Header(String revision, List<String> downRevisions, String message, Set<String> branchLabels,
        List<String> dependsOn, boolean transactional, int upgradeLine) {

    Revision toRevision(String location) {
        return new Revision(revision, downRevisions, branchLabels, dependsOn, message, location);
    }
}
