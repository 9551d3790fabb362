-- migrate:revision a1
-- migrate:message create devices

-- migrate:upgrade
CREATE TABLE devices (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

-- migrate:downgrade
DROP TABLE devices;
