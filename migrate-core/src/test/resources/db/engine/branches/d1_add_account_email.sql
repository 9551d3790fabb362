-- migrate:revision d1
-- migrate:down-revision m1
-- migrate:message add account email

-- migrate:upgrade
ALTER TABLE accounts ADD COLUMN email VARCHAR(200);

-- migrate:downgrade
ALTER TABLE accounts DROP COLUMN email;
