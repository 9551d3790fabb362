package dev.migrate.sample.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * A device, as the API shows it.
 *
 * @param id            the id the service gave it
 * @param serialNumber  its serial number, unique
 * @param name          what people call it
 * @param location      where it is installed, or {@code null}
 * @param createdAt     when it was added
 * @param lastSeenAt    when it last sent a log line, or {@code null}
 * @param deactivatedAt when it was deactivated, or {@code null} while it is active
 */
record Device(UUID id, String serialNumber, String name, String location, Instant createdAt, Instant lastSeenAt,
        Instant deactivatedAt) {

    /** Whether the device still accepts log lines. */
    @JsonProperty("active")
    public boolean active() {
        return deactivatedAt == null;
    }
}
