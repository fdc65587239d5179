package org.probation.analytics.importing;

import java.util.concurrent.CountDownLatch;
import org.probation.analytics.base.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Test-only, off by default: with {@code inspections.crash-test.pause-at=POINT} a commit that
 * reaches POINT logs {@code crash-test: paused at POINT} and blocks there for good, so that
 * {@code ImportCrashTest} can kill the process at exactly that step. The points, in order:
 * {@code after-move-aside} (a replace's old folder is in staging, the new one not yet in place),
 * {@code after-move} (the new folder in place, nothing loaded), {@code during-load} (the reload's
 * transaction half written), {@code before-commit} (all written, not committed),
 * {@code after-commit} (committed, staging not yet cleaned).
 */
@Component
class CrashTestPause {

    static final CrashTestPause OFF = new CrashTestPause("");

    private static final Logger log = LoggerFactory.getLogger(CrashTestPause.class);

    private final String point;

    @Autowired
    CrashTestPause(Settings settings) {
        this(settings.crashTest().pauseAt());
    }

    private CrashTestPause(String point) {
        this.point = point;
    }

    void at(String step) {
        if (!point.equals(step)) {
            return;
        }
        log.warn("crash-test: paused at {}", step);
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("crash-test pause at " + step + " interrupted", e);
        }
    }
}
