package dev.migrate.command;

import dev.migrate.graph.Revision;
import dev.migrate.runtime.Migrations;
import dev.migrate.script.Checksum;
import dev.migrate.script.Location;
import dev.migrate.script.Script;
import dev.migrate.script.ScriptFingerprint;
import dev.migrate.script.ScriptLoader;
import dev.migrate.script.Scripts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/** The scripts of the configured locations and their graph, loaded for one command. */
final class Catalog {

    private final Migrations migrations;
    private final Set<String> heads;

    private Catalog(Migrations migrations) {
        this.migrations = migrations;
        this.heads = new LinkedHashSet<>(migrations.graph().heads().stream().map(Revision::id).toList());
    }

    static Catalog load(MigrateConfig config) {
        return new Catalog(Migrations.of(new ScriptLoader(config.classLoader()).load(locations(config))));
    }

    /** The script locations, plus a classpath location for each Java migration package. */
    static List<Location> locations(MigrateConfig config) {
        Set<Location> all = new LinkedHashSet<>();
        config.locations().forEach(l -> all.add(Location.parse(l)));
        config.javaPackages().forEach(p -> all.add(Location.parse("classpath:" + p.replace('.', '/'))));
        return new ArrayList<>(all);
    }

    /**
     * The {@link ScriptFingerprint fingerprint} of the configured locations, taken without loading them; a thread
     * of {@link PendingFingerprint}'s pool, when one is free, shares a folder's file look-ups.
     */
    static Optional<String> fingerprint(MigrateConfig config) {
        return fingerprint(config, PendingFingerprint.THREADS);
    }

    /** As {@link #fingerprint(MigrateConfig)}, handing a folder's file look-ups to {@code helpers}. */
    static Optional<String> fingerprint(MigrateConfig config, Executor helpers) {
        return ScriptFingerprint.of(locations(config), config.classLoader(), helpers);
    }

    Migrations migrations() {
        return migrations;
    }

    Scripts scripts() {
        return migrations.scripts();
    }

    RevisionInfo info(Revision r) {
        Script script = migrations.scripts().get(r.id());
        List<String> children = migrations.graph().children(r.id()).stream().map(Revision::id).toList();
        return new RevisionInfo(r.id(), r.downRevisions(), children, r.branchLabels(), r.dependsOn(), r.message(),
                script.location(), heads.contains(r.id()), children.size() > 1, script.transactional(),
                script.checksum().map(Checksum::value).orElse(null));
    }

    RevisionInfo info(String id) {
        return info(migrations.graph().get(id));
    }
}
