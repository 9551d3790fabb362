-- migrate:revision c1
-- migrate:down-revision a1
-- migrate:message create audit log
-- migrate:branch-labels audit

-- migrate:upgrade
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    happened_at VARCHAR(40) NOT NULL
);

-- migrate:downgrade
DROP TABLE audit_log;
