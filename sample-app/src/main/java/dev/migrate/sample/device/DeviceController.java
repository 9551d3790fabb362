package dev.migrate.sample.device;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP API: {@code /devices} to add and list devices, {@code /devices/{id}/logs} to append and
 * read a device's log, {@code /devices/{id}/deactivate} to stop a device. Errors are
 * {@code application/problem+json} ({@link ApiErrors}).
 */
@RestController
@RequestMapping("/devices")
class DeviceController {

    private final Devices devices;

    DeviceController(Devices devices) {
        this.devices = devices;
    }

    @GetMapping
    List<Device> list() {
        return devices.findAll();
    }

    @PostMapping
    ResponseEntity<Device> add(@Valid @RequestBody NewDevice request) {
        Device device = devices.add(request);
        return ResponseEntity.created(URI.create("/devices/" + device.id())).body(device);
    }

    @GetMapping("/{id}")
    Device get(@PathVariable UUID id) {
        return devices.get(id);
    }

    @PostMapping("/{id}/deactivate")
    Device deactivate(@PathVariable UUID id) {
        return devices.deactivate(id);
    }

    @PostMapping("/{id}/logs")
    ResponseEntity<DeviceLog> append(@PathVariable UUID id, @Valid @RequestBody NewLogLine line) {
        DeviceLog log = devices.append(id, line);
        return ResponseEntity.created(URI.create("/devices/" + id + "/logs")).body(log);
    }

    @GetMapping("/{id}/logs")
    List<DeviceLog> logs(@PathVariable UUID id,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return devices.logs(id, limit);
    }
}
