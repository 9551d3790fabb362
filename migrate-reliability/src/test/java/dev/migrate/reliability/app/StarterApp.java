package dev.migrate.reliability.app;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The smallest application that uses the starter: a data source from properties and Migrate's auto-configuration. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StarterApp {
}
