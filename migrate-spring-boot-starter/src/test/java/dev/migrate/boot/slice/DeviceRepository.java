package dev.migrate.boot.slice;

import org.springframework.data.repository.CrudRepository;

interface DeviceRepository extends CrudRepository<Device, Integer> {
}
