/**
 * Command mode: {@code java -jar app.jar migrate <verb> [args]} runs any verb of the {@code migrate} command line
 * (migrate-cli's {@link dev.migrate.cli.EmbeddedCli}) with the application's Migrator configuration and MetaData.
 */
package dev.migrate.boot.command;
