/** Actuator support: the {@code migrations} endpoint and health indicator. */
package dev.migrate.boot.actuate;
