package dev.migrate.script;

import dev.migrate.op.MigrationRevision;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;

/** Finds Java migrations among class files without loading the classes that cannot be migrations. */
final class JavaMigrationClasses {

    private static final byte[] DESCRIPTOR = ("L" + MigrationRevision.class.getName().replace('.', '/') + ";")
            .getBytes(StandardCharsets.US_ASCII);

    private JavaMigrationClasses() {
    }

    /** Whether the class file names the annotation at all: only such classes are loaded. */
    static boolean mentionsAnnotation(byte[] classFile) {
        byte first = DESCRIPTOR[0];
        int last = classFile.length - DESCRIPTOR.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (classFile[i] != first) {
                continue;
            }
            for (int j = 1; j < DESCRIPTOR.length; j++) {
                if (classFile[i + j] != DESCRIPTOR[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Loads (without initializing) a class that names the annotation.
     *
     * @return the class when it carries {@link MigrationRevision}, {@code null} when it only uses it
     * @throws ScriptException when the class cannot be loaded, or carries another copy of the annotation
     */
    static Class<?> load(String className, String location, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ScriptException("Could not load the Java migration class " + className + " found at " + location
                    + ": " + e + ". Check that the class and what it uses are on the classpath.", e);
        }
        if (type.isAnnotationPresent(MigrationRevision.class)) {
            return type;
        }
        for (Annotation a : type.getAnnotations()) {
            if (a.annotationType().getName().equals(MigrationRevision.class.getName())) {
                throw new ScriptException("class " + className + " carries a @MigrationRevision from another class"
                        + " loader than Migrate's own; put migrate-core on the classpath only once.");
            }
        }
        return null;
    }
}
