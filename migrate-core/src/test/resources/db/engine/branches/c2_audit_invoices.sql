-- migrate:revision c2
-- migrate:down-revision c1
-- migrate:message audit invoices
-- migrate:depends-on b1

-- migrate:upgrade
ALTER TABLE audit_log ADD COLUMN invoice_id INTEGER;

-- migrate:downgrade
ALTER TABLE audit_log DROP COLUMN invoice_id;
