-- Seed data for debug mode.
INSERT INTO devices (id, name, description) VALUES (1, 'thermometer', 'kitchen; north wall');
INSERT INTO devices (id, name, description) VALUES (2, 'barometer', NULL);
