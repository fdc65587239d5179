package org.probation.analytics.load;

import java.net.URI;
import java.time.Duration;

/**
 * How hard and how long to load the app, from system properties: {@code load.sessions} (50),
 * {@code load.seconds} (10), {@code load.maxRequests} (200000; each session stops at the cap, a
 * page visit in progress finishes), {@code load.timeoutSeconds} per request (60), {@code load.seed}.
 */
record LoadSettings(URI base, int sessions, Duration duration, long maxRequests, Duration requestTimeout, long seed) {

    static LoadSettings fromSystemProperties(URI base) {
        return new LoadSettings(
                base,
                Integer.getInteger("load.sessions", 50),
                Duration.ofSeconds(Long.getLong("load.seconds", 10)),
                Long.getLong("load.maxRequests", 200_000),
                Duration.ofSeconds(Long.getLong("load.timeoutSeconds", 60)),
                Long.getLong("load.seed", 8));
    }
}
