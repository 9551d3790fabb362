package dev.migrate.sample.device;

/** The request does not fit the device's state: a serial number taken, a device deactivated (409). */
final class DeviceConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String title;

    DeviceConflictException(String title, String detail) {
        super(detail);
        this.title = title;
    }

    String title() {
        return title;
    }
}
