package dev.migrate.boot.slice;

import org.springframework.boot.SpringBootConfiguration;

/** The configuration that the slice tests of this package find. */
@SpringBootConfiguration
class SliceApplication {
}
