package dev.migrate.reliability.app;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** A web application with the starter and Actuator: the data source, Migrate, its endpoint and health. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class WebStarterApp {
}
