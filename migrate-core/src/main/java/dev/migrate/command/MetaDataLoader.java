package dev.migrate.command;

import dev.migrate.schema.MetaData;
import dev.migrate.schema.MetaDataProvider;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the declared schema from a class named on the command line or in {@code migrate.properties}:
 * a {@link MetaDataProvider} with a public no-argument constructor, or a class with exactly one public
 * static {@code MetaData} field or public static no-argument method returning {@code MetaData}.
 * {@code com.example.Schema#SCHEMA} names the field or method when the class has several.
 */
public final class MetaDataLoader {

    private MetaDataLoader() {
    }

    /**
     * The schema the class named {@code reference} provides.
     *
     * @param reference   {@code com.example.Schema} or {@code com.example.Schema#member}
     * @param classLoader where to find the class (the application's classes and dependencies)
     * @throws IllegalArgumentException when the class or member is missing or gives no schema, saying what to do
     */
    public static MetaData load(String reference, ClassLoader classLoader) {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("No declared schema is named: give the class that provides it, such as"
                    + " --metadata com.example.db.Schema (or migrate.metadata in migrate.properties)");
        }
        String ref = reference.strip();
        int hash = ref.indexOf('#');
        String className = hash < 0 ? ref : ref.substring(0, hash);
        String member = hash < 0 ? null : ref.substring(hash + 1);
        Class<?> type;
        try {
            type = Class.forName(className, true, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("Could not load the declared schema: class " + className
                    + " is not on the classpath (" + e + "). Compile the application and put its classes and"
                    + " dependencies on the classpath given to Migrate", e);
        }
        MetaData metaData = member != null ? fromMember(type, member)
                : MetaDataProvider.class.isAssignableFrom(type) ? fromProvider(type) : fromStatic(type);
        if (metaData == null) {
            throw new IllegalArgumentException("The declared schema " + ref + " is null; return the MetaData built with"
                    + " MetaData.builder()...build()");
        }
        return metaData;
    }

    private static MetaData fromProvider(Class<?> type) {
        try {
            MetaDataProvider provider = (MetaDataProvider) type.getConstructor().newInstance();
            return provider.metaData();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalArgumentException("Could not create " + type.getName() + ": a MetaDataProvider needs a public"
                    + " no-argument constructor", e);
        } catch (InstantiationException | InvocationTargetException e) {
            throw failed(type.getName(), e);
        }
    }

    private static MetaData fromStatic(Class<?> type) {
        List<Member> candidates = candidates(type);
        if (candidates.size() != 1) {
            throw new IllegalArgumentException("Class " + type.getName() + " does not say which schema to use: it should"
                    + " implement dev.migrate.schema.MetaDataProvider, or have exactly one public static MetaData field or"
                    + " no-argument method, but it has " + names(candidates) + ". Name one as " + type.getName()
                    + "#member");
        }
        return value(type, candidates.get(0));
    }

    private static MetaData fromMember(Class<?> type, String name) {
        List<Member> candidates = candidates(type);
        for (Member m : candidates) {
            if (m.getName().equals(name)) {
                return value(type, m);
            }
        }
        throw new IllegalArgumentException("Class " + type.getName() + " has no public static MetaData field or"
                + " no-argument method named " + name + "; it has " + names(candidates) + (candidates.isEmpty()
                ? ": add one, or name a class that has one" : ": write one of those after the #, such as "
                + type.getName() + "#" + candidates.get(0).getName()));
    }

    /** The public static MetaData fields and no-argument methods of {@code type}. */
    private static List<Member> candidates(Class<?> type) {
        List<Member> candidates = new ArrayList<>();
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == MetaData.class) {
                candidates.add(f);
            }
        }
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() == MetaData.class) {
                candidates.add(m);
            }
        }
        return candidates;
    }

    private static String names(List<Member> candidates) {
        return candidates.isEmpty() ? "none" : candidates.size() + " ("
                + String.join(", ", candidates.stream().map(Member::getName).toList()) + ")";
    }

    private static MetaData value(Class<?> type, Member member) {
        try {
            return member instanceof Field f ? (MetaData) f.get(null) : (MetaData) ((Method) member).invoke(null);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("Could not read " + type.getName() + "#" + member.getName() + ": " + e, e);
        } catch (InvocationTargetException e) {
            throw failed(type.getName() + "#" + member.getName(), e);
        }
    }

    private static IllegalArgumentException failed(String what, Exception e) {
        Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
        return new IllegalArgumentException("The declared schema " + what + " failed to build: " + cause, cause);
    }
}
