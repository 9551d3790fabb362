-- migrate:revision d14a8a95d187
-- migrate:down-revision bd9664fc187d
-- migrate:message add deactivated_at to devices

-- migrate:upgrade
-- A device is active while deactivated_at is NULL.
ALTER TABLE devices ADD COLUMN deactivated_at TIMESTAMP;

-- migrate:downgrade
ALTER TABLE devices DROP COLUMN deactivated_at;
