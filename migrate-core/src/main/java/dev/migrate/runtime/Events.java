package dev.migrate.runtime;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands events to listeners; a failing listener is logged and does not stop the run. */
final class Events {

    private static final Logger LOG = LoggerFactory.getLogger(Events.class);

    private final List<MigrationListener> listeners;

    Events(List<MigrationListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    void fire(MigrationEvent event) {
        for (MigrationListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("Migration listener {} failed on {}: {}", listener, event, e.toString(), e);
            }
        }
    }
}
