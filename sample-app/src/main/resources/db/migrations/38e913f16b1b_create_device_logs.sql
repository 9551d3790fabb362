-- migrate:revision 38e913f16b1b
-- migrate:down-revision 69e3f2e0039a
-- migrate:message create device logs

-- migrate:upgrade
CREATE TABLE device_logs (
    id VARCHAR(36) NOT NULL,
    device_id VARCHAR(36) NOT NULL,
    logged_at TIMESTAMP NOT NULL,
    message TEXT NOT NULL,
    CONSTRAINT pk_device_logs PRIMARY KEY (id),
    CONSTRAINT fk_device_logs_device_id_devices FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE
);

-- A device's logs are read newest first.
CREATE INDEX ix_device_logs_device_id_logged_at ON device_logs (device_id, logged_at);

-- migrate:downgrade
DROP INDEX ix_device_logs_device_id_logged_at;
DROP TABLE device_logs;
