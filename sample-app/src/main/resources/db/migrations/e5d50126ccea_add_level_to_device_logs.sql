-- migrate:revision e5d50126ccea
-- migrate:down-revision bd9664fc187d
-- migrate:message add level to device logs

-- migrate:upgrade
-- Existing entries become INFO, the level the application gives an entry that names none.
ALTER TABLE device_logs ADD COLUMN level VARCHAR(5) NOT NULL DEFAULT 'INFO';

-- migrate:downgrade
ALTER TABLE device_logs DROP COLUMN level;
