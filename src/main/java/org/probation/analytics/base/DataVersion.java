package org.probation.analytics.base;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Which state of the data the app is reading: bumped in this process by every commit that changes
 * data (a dataset load, an import's commit or delete: all go through the dataset loader), so that
 * answers kept per load ({@link PerLoad}) are dropped at once.
 */
@Component
public class DataVersion {

    private final AtomicLong version = new AtomicLong();

    public long current() {
        return version.get();
    }

    /** Called after a commit that changed data. */
    public void bump() {
        version.incrementAndGet();
    }
}
