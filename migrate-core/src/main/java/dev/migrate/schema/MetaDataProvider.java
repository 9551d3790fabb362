package dev.migrate.schema;

/**
 * Gives the declared schema to the command line's {@code revision --autogenerate} and {@code check}
 * (as Alembic's {@code env.py} imports the models' metadata). Implement it in the application, with a
 * public no-argument constructor, and name the class with {@code --metadata} or the
 * {@code migrate.metadata} property:
 *
 * <pre>{@code
 * public final class Schema implements MetaDataProvider {
 *     public MetaData metaData() {
 *         return MetaData.builder()
 *                 .table("devices", t -> t.column("id", BIGINT, c -> c.primaryKey().identity()))
 *                 .build();
 *     }
 * }
 * }</pre>
 *
 * A class with one public static {@code MetaData} field, or one public static no-argument method
 * returning {@code MetaData}, works as well.
 */
@FunctionalInterface
public interface MetaDataProvider {

    /** The declared schema. */
    MetaData metaData();
}
