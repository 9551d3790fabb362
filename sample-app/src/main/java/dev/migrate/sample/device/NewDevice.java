package dev.migrate.sample.device;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /devices}.
 *
 * @param serialNumber letters, digits and dashes, unique among devices
 * @param name         what people call it
 * @param location     where it is installed (optional)
 */
record NewDevice(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]*", message = "must contain only letters, digits and dashes")
        String serialNumber,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String location) {
}
