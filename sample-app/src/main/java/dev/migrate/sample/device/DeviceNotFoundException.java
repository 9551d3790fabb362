package dev.migrate.sample.device;

import java.util.UUID;

/** No device has the id in the request (404). */
final class DeviceNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DeviceNotFoundException(UUID id) {
        super("No device has the id " + id + ".");
    }
}
