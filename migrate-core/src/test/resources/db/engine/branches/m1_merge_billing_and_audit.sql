-- migrate:revision m1
-- migrate:down-revision b2, c2
-- migrate:message merge billing and audit

-- migrate:upgrade
CREATE VIEW account_totals AS
    SELECT a.id, a.name, SUM(i.amount) AS total
    FROM accounts a JOIN invoices i ON i.account_id = a.id
    GROUP BY a.id, a.name;

-- migrate:downgrade
DROP VIEW account_totals;
