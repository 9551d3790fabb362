package dev.migrate.boot.slice;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A row of the devices table that db/app's scripts create. */
@Table("devices")
record Device(@Id Integer id, String name, String description) {
}
