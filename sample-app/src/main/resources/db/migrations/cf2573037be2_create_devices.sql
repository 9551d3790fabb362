-- migrate:revision cf2573037be2
-- migrate:down-revision
-- migrate:message create devices

-- migrate:upgrade
-- Ids are UUIDs made by the application, so this SQL runs as written on SQLite and on PostgreSQL.
CREATE TABLE devices (
    id VARCHAR(36) NOT NULL,
    serial_number VARCHAR(64) NOT NULL,
    name VARCHAR(100) NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_devices PRIMARY KEY (id),
    CONSTRAINT uq_devices_serial_number UNIQUE (serial_number)
);

-- migrate:downgrade
DROP TABLE devices;
