-- migrate:revision b2
-- migrate:down-revision a1
-- migrate:message break things

-- migrate:upgrade
ALTER TABLE devices ADD COLUMN note VARCHAR(20);
ALTER TABLE no_such_table ADD COLUMN note VARCHAR(20);

-- migrate:downgrade
ALTER TABLE devices DROP COLUMN note;
