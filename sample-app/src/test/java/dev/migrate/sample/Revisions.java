package dev.migrate.sample;

import java.util.List;

/** The sample's revisions, oldest first (the two branches in the order an upgrade from base applies them). */
final class Revisions {

    static final String CREATE_DEVICES = "cf2573037be2";
    static final String ADD_LOCATION = "69e3f2e0039a";
    static final String CREATE_DEVICE_LOGS = "38e913f16b1b";
    static final String BACKFILL_LAST_SEEN = "bd9664fc187d";
    static final String ADD_LOG_LEVEL = "e5d50126ccea";
    static final String ADD_DEACTIVATED_AT = "d14a8a95d187";
    static final String MERGE = "77ed35e3fd3f";

    /** The head of the scripts. */
    static final String HEAD = MERGE;

    static final List<String> ALL = List.of(CREATE_DEVICES, ADD_LOCATION, CREATE_DEVICE_LOGS, BACKFILL_LAST_SEEN,
            ADD_LOG_LEVEL, ADD_DEACTIVATED_AT, MERGE);

    private Revisions() {
    }
}
