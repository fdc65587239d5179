package org.probation.analytics.importing;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.probation.analytics.base.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's database in step with an imports folder that other nodes share: every {@code
 * inspections.imports-poll} (5 s) it compares the folder's fingerprint with the one it last saw,
 * and on a change reloads (the loader itself skips a load of files it already holds, as after this
 * node's own commit). So an import committed on one node is served by every node within the poll
 * interval plus one load. Off when the interval is 0.
 */
@Component
class ImportsWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImportsWatcher.class);

    private final ImportService imports;
    private final Duration every;
    private ScheduledExecutorService timer;
    private volatile String seen;

    ImportsWatcher(ImportService imports, Settings settings) {
        this.imports = imports;
        this.every = settings.importsPoll();
    }

    @Override
    public void start() {
        if (every.isZero() || every.isNegative()) {
            return;
        }
        seen = imports.importsFingerprint();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "imports-watcher");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One look at the folder; a failed reload is logged and tried again at the next look. */
    void check() {
        try {
            String now = imports.importsFingerprint();
            if (!now.equals(seen)) {
                imports.reloadShared();
                seen = now;
            }
        } catch (RuntimeException e) {
            log.error("The imports folder changed but could not be reloaded; trying again in {}", every, e);
        }
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
