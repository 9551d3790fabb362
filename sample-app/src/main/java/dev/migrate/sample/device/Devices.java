package dev.migrate.sample.device;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Devices and their logs in the database, through {@link JdbcClient}. Times are stored as UTC in
 * {@code TIMESTAMP} columns, to the millisecond, the same way on SQLite and PostgreSQL.
 */
@Repository
class Devices {

    private static final String DEVICE_COLUMNS =
            "id, serial_number, name, location, created_at, last_seen_at, deactivated_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    Devices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every device, oldest first. */
    List<Device> findAll() {
        return jdbc.sql("SELECT " + DEVICE_COLUMNS + " FROM devices ORDER BY created_at, serial_number")
                .query(Devices::device).list();
    }

    Optional<Device> find(UUID id) {
        return jdbc.sql("SELECT " + DEVICE_COLUMNS + " FROM devices WHERE id = :id")
                .param("id", id.toString()).query(Devices::device).optional();
    }

    Device get(UUID id) {
        return find(id).orElseThrow(() -> new DeviceNotFoundException(id));
    }

    /** Adds a device; 409 when its serial number is taken. */
    @Transactional
    Device add(NewDevice request) {
        if (serialNumberTaken(request.serialNumber())) {
            throw serialNumberConflict(request.serialNumber());
        }
        Device device = new Device(UUID.randomUUID(), request.serialNumber(), request.name(), request.location(),
                now(), null, null);
        try {
            jdbc.sql("INSERT INTO devices (id, serial_number, name, location, created_at) "
                            + "VALUES (:id, :serial, :name, :location, :createdAt)")
                    .param("id", device.id().toString())
                    .param("serial", device.serialNumber())
                    .param("name", device.name())
                    .param("location", device.location())
                    .param("createdAt", timestamp(device.createdAt()))
                    .update();
        } catch (DataIntegrityViolationException e) {
            // Another request took the serial number between the check and the insert.
            throw serialNumberConflict(request.serialNumber());
        }
        return device;
    }

    /** Deactivates a device; a device deactivated before keeps its first deactivation time. */
    @Transactional
    Device deactivate(UUID id) {
        jdbc.sql("UPDATE devices SET deactivated_at = :now WHERE id = :id AND deactivated_at IS NULL")
                .param("now", timestamp(now())).param("id", id.toString()).update();
        return get(id);
    }

    /** Appends a log line to an active device and marks it seen. */
    @Transactional
    DeviceLog append(UUID deviceId, NewLogLine line) {
        Device device = get(deviceId);
        if (!device.active()) {
            throw new DeviceConflictException("Device deactivated", "The device " + deviceId
                    + " was deactivated at " + device.deactivatedAt() + " and accepts no more log lines.");
        }
        DeviceLog log = new DeviceLog(UUID.randomUUID(), deviceId, receivedAt(device), line.levelOrDefault(),
                line.message());
        jdbc.sql("INSERT INTO device_logs (id, device_id, logged_at, level, message) "
                        + "VALUES (:id, :deviceId, :loggedAt, :level, :message)")
                .param("id", log.id().toString())
                .param("deviceId", deviceId.toString())
                .param("loggedAt", timestamp(log.loggedAt()))
                .param("level", log.level())
                .param("message", log.message())
                .update();
        jdbc.sql("UPDATE devices SET last_seen_at = :seen WHERE id = :id")
                .param("seen", timestamp(log.loggedAt())).param("id", deviceId.toString()).update();
        return log;
    }

    /** The newest {@code limit} log lines of a device, newest first. */
    List<DeviceLog> logs(UUID deviceId, int limit) {
        get(deviceId);
        return jdbc.sql("SELECT id, device_id, logged_at, level, message FROM device_logs WHERE device_id = :id "
                        + "ORDER BY logged_at DESC, id DESC LIMIT :limit")
                .param("id", deviceId.toString()).param("limit", limit)
                .query(Devices::log).list();
    }

    private boolean serialNumberTaken(String serialNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM devices WHERE serial_number = :serial")
                .param("serial", serialNumber).query(Integer.class).single() > 0;
    }

    private static DeviceConflictException serialNumberConflict(String serialNumber) {
        return new DeviceConflictException("Serial number taken",
                "A device with the serial number " + serialNumber + " exists already.");
    }

    /** Now, or just after the device's last line: a device's lines are strictly ordered by time. */
    private Instant receivedAt(Device device) {
        Instant now = now();
        Instant last = device.lastSeenAt();
        return last != null && !now.isAfter(last) ? last.plusMillis(1) : now;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Device device(ResultSet rs, int row) throws SQLException {
        return new Device(UUID.fromString(rs.getString("id")), rs.getString("serial_number"), rs.getString("name"),
                rs.getString("location"), instant(rs, "created_at"), instant(rs, "last_seen_at"),
                instant(rs, "deactivated_at"));
    }

    private static DeviceLog log(ResultSet rs, int row) throws SQLException {
        return new DeviceLog(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("device_id")),
                instant(rs, "logged_at"), rs.getString("level"), rs.getString("message"));
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
