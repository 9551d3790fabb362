/**
 * The Migrate Spring Boot starter: what the application does with its database at startup
 * ({@link dev.migrate.boot.StartupMigration}), shared by the auto-configuration, the web filter and
 * the Actuator support.
 */
package dev.migrate.boot;
