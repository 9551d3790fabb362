INSERT INTO readings (id, device_id, celsius) VALUES (1, 1, 21.5);
