/**
 * The commands of Migrate as a Java API: {@link dev.migrate.command.Migrator}, configured by one
 * immutable {@link dev.migrate.command.MigrateConfig}. Each command returns a result record and prints
 * nothing; the CLI and the Spring Boot starter call only this package.
 */
package dev.migrate.command;
