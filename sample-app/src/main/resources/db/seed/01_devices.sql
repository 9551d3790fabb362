-- Debug mode's data: a few devices and their logs, loaded after the tables were created.
INSERT INTO devices (id, serial_number, name, location, created_at, last_seen_at, deactivated_at) VALUES
    ('3f0e6c1a-5b2d-4c8e-9a71-0d2f4b6e8c10', 'TH-1001', 'Boiler room thermometer', 'Basement',
     '2025-01-06 08:00:00.000', '2025-01-06 09:15:00.000', NULL),
    ('8a4d2e90-7c13-4f5b-b2e6-91c0a3d5f724', 'TH-1002', 'Attic thermometer', 'Attic',
     '2025-01-06 08:05:00.000', '2025-01-06 09:20:00.000', NULL),
    ('c7b19f34-2e8a-4d60-8f1c-5a9e0b3d7e46', 'GW-0007', 'Old gateway', NULL,
     '2024-03-01 12:00:00.000', '2024-11-30 23:59:00.000', '2024-12-01 10:00:00.000');
