/**
 * Auto-configuration of Migrate: the {@code Migrator} bean, the startup work (upgrade, validate,
 * debug mode's create-all), the 503 filter, the failure analyzer, and the Actuator endpoint and
 * health indicator's auto-configurations.
 */
package dev.migrate.boot.autoconfigure;
