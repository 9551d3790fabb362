-- migrate:revision bd9664fc187d
-- migrate:down-revision 38e913f16b1b
-- migrate:message backfill last seen time of devices

-- migrate:upgrade
-- From now on the application sets last_seen_at when a device logs; devices that logged before
-- this revision get the time of their newest log (and stay NULL when they never logged).
ALTER TABLE devices ADD COLUMN last_seen_at TIMESTAMP;

UPDATE devices
SET last_seen_at = (SELECT MAX(l.logged_at) FROM device_logs l WHERE l.device_id = devices.id);

-- migrate:downgrade
-- The times can be derived again from the logs: upgrading refills them.
ALTER TABLE devices DROP COLUMN last_seen_at;
