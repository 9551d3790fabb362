-- migrate:revision b2
-- migrate:down-revision b1
-- migrate:message index invoices by account

-- migrate:upgrade
CREATE INDEX invoices_account ON invoices (account_id);

-- migrate:downgrade
DROP INDEX invoices_account;
