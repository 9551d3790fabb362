package dev.migrate.boot.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application that the slice tests of this package find (its package holds the repository). */
@SpringBootApplication
class SliceApplication {
}
