-- migrate:revision c3
-- migrate:down-revision b2
-- migrate:message create readings
-- migrate:branch-labels telemetry

-- migrate:upgrade
CREATE TABLE readings (
    id INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL REFERENCES devices (id),
    celsius REAL NOT NULL
);

-- migrate:downgrade
DROP TABLE readings;
