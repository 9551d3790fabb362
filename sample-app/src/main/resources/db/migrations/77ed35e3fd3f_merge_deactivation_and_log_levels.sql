-- migrate:revision 77ed35e3fd3f
-- migrate:down-revision d14a8a95d187, e5d50126ccea
-- migrate:message merge deactivation and log levels

-- migrate:upgrade

-- migrate:downgrade
