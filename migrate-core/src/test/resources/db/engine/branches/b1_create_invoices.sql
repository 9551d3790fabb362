-- migrate:revision b1
-- migrate:down-revision a1
-- migrate:message create invoices
-- migrate:branch-labels billing

-- migrate:upgrade
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    amount NUMERIC(10, 2) NOT NULL
);

-- migrate:downgrade
DROP TABLE invoices;
