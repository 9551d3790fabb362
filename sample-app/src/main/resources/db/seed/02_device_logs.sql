INSERT INTO device_logs (id, device_id, logged_at, level, message) VALUES
    ('0b8f3c52-1d4e-4a7b-9c60-2e5f8a1d3b70', '3f0e6c1a-5b2d-4c8e-9a71-0d2f4b6e8c10',
     '2025-01-06 09:00:00.000', 'INFO', 'started, 21.5 C'),
    ('5d2a7e14-8c3f-4b91-a6d0-7f1e9c4b2a85', '3f0e6c1a-5b2d-4c8e-9a71-0d2f4b6e8c10',
     '2025-01-06 09:15:00.000', 'WARN', 'temperature above 60 C'),
    ('e91c4b6d-3a7f-4e28-b5d1-0c8a2f6e9d13', '8a4d2e90-7c13-4f5b-b2e6-91c0a3d5f724',
     '2025-01-06 09:20:00.000', 'INFO', 'started, 4.0 C'),
    ('7a3e9d15-6b2c-4f80-9e4a-1d7c5b3f8e62', 'c7b19f34-2e8a-4d60-8f1c-5a9e0b3d7e46',
     '2024-11-30 23:59:00.000', 'ERROR', 'battery empty');
