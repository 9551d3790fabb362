package dev.migrate.sample.device;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /devices/{id}/logs}.
 *
 * @param level   DEBUG, INFO, WARN or ERROR; INFO when absent
 * @param message the text
 */
record NewLogLine(
        @Pattern(regexp = "DEBUG|INFO|WARN|ERROR", message = "must be one of DEBUG, INFO, WARN, ERROR") String level,
        @NotBlank @Size(max = 2000) String message) {

    /** The level to store. */
    String levelOrDefault() {
        return level == null ? "INFO" : level;
    }
}
