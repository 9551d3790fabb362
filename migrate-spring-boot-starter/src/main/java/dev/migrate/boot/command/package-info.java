/** Command mode: {@code java -jar app.jar migrate <verb>} runs one verb with the application's Migrator. */
package dev.migrate.boot.command;
