package dev.migrate.boot.autoconfigure;

import dev.migrate.command.Migrator;

/**
 * Customizes the {@link Migrator} that the auto-configuration builds, after the {@code migrate.*}
 * properties were applied: for what the properties do not cover (a dialect, a class loader,
 * accepting changed checksums). Beans of this type are applied in {@link org.springframework.core.annotation.Order
 * order}.
 */
@FunctionalInterface
public interface MigrateConfigurationCustomizer {

    /**
     * Customizes the builder.
     *
     * @param builder the builder, filled from the properties
     */
    void customize(Migrator.Builder builder);
}
