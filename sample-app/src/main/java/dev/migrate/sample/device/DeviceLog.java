package dev.migrate.sample.device;

import java.time.Instant;
import java.util.UUID;

/**
 * One log line a device sent.
 *
 * @param id       the id the service gave it
 * @param deviceId the device
 * @param loggedAt when the service received it
 * @param level    DEBUG, INFO, WARN or ERROR
 * @param message  the text
 */
record DeviceLog(UUID id, UUID deviceId, Instant loggedAt, String level, String message) {
}
