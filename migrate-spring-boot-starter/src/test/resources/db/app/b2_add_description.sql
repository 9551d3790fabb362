-- migrate:revision b2
-- migrate:down-revision a1
-- migrate:message add description

-- migrate:upgrade
ALTER TABLE devices ADD COLUMN description VARCHAR(200);

-- migrate:downgrade
ALTER TABLE devices DROP COLUMN description;
