-- migrate:revision a1
-- migrate:message create accounts

-- migrate:upgrade
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

-- migrate:downgrade
DROP TABLE accounts;
