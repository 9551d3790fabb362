package dev.migrate.script;

import dev.migrate.graph.Revision;
import dev.migrate.op.MigrationRevision;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Java migration: a class annotated with {@link MigrationRevision}. It carries the class (loaded, not
 * initialized); the runtime makes an instance with {@link #newMigration()} or its own factory.
 */
public final class JavaMigrationScript implements Script {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,32}");

    private final Revision revision;
    private final Class<?> type;
    private final boolean transactional;

    private JavaMigrationScript(Revision revision, Class<?> type, boolean transactional) {
        this.revision = revision;
        this.type = type;
        this.transactional = transactional;
    }

    /**
     * The script of a Java migration class.
     *
     * @throws ScriptException when the class is not annotated with {@link MigrationRevision}, is abstract, or its
     *                         annotation has an invalid id
     */
    public static JavaMigrationScript of(Class<?> type) {
        String location = "class " + type.getName();
        MigrationRevision r = type.getAnnotation(MigrationRevision.class);
        if (r == null) {
            throw new ScriptException(location + " is not annotated with @MigrationRevision; add"
                    + " @MigrationRevision(id = \"...\", down = \"...\") to place it in the revision graph.");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new ScriptException(location + " is annotated with @MigrationRevision but is abstract; make it a"
                    + " concrete class or remove the annotation.");
        }
        checkId(location, "id", r.id());
        List<String> down = items(location, "down", r.down(), true);
        List<String> dependsOn = items(location, "dependsOn", r.dependsOn(), false);
        LinkedHashSet<String> labels = new LinkedHashSet<>(items(location, "branchLabels", r.branchLabels(), false));
        Revision revision = new Revision(r.id(), down, labels, dependsOn, r.message().strip(), location);
        return new JavaMigrationScript(revision, type, r.transactional());
    }

    private static void checkId(String location, String attribute, String id) {
        if (!ID.matcher(id).matches()) {
            throw new ScriptException(location + ": '" + id + "' in @MigrationRevision(" + attribute
                    + ") is not a valid revision id; use 1 to 32 letters, digits or underscores.");
        }
    }

    private static List<String> items(String location, String attribute, String[] values, boolean ids) {
        List<String> items = new ArrayList<>();
        for (String v : values) {
            if (ids) {
                checkId(location, attribute, v);
            } else if (v.isEmpty() || v.chars().anyMatch(Character::isWhitespace)) {
                throw new ScriptException(location + ": '" + v + "' in @MigrationRevision(" + attribute
                        + ") must be a non-empty name without spaces.");
            }
            if (items.contains(v)) {
                throw new ScriptException(location + ": @MigrationRevision(" + attribute + ") names '" + v
                        + "' twice; name it once.");
            }
            items.add(v);
        }
        return List.copyOf(items);
    }

    @Override
    public Revision revision() {
        return revision;
    }

    /** {@code class <fully qualified name>}. */
    @Override
    public String location() {
        return revision.source();
    }

    /** The class's simple binary name, such as {@code R3f2a9c1b7d4e_AddDescription}. */
    @Override
    public String fileName() {
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    @Override
    public boolean transactional() {
        return transactional;
    }

    /** Java migrations have no checksum. */
    @Override
    public Optional<Checksum> checksum() {
        return Optional.empty();
    }

    /** The fully qualified class name. */
    public String className() {
        return type.getName();
    }

    /** The migration class, loaded but not yet initialized. */
    public Class<?> migrationClass() {
        return type;
    }

    @Override
    public String toString() {
        return "JavaMigrationScript[" + revision.id() + " at " + location() + "]";
    }
}
