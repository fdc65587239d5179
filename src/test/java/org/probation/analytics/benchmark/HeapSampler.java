package org.probation.analytics.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The largest heap in use, sampled every 5 ms on a daemon thread (GC can run between samples). */
final class HeapSampler {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapSampler() {
        thread = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    static HeapSampler start() {
        return new HeapSampler();
    }

    /** Stops sampling; the peak in bytes. */
    long stop() throws InterruptedException {
        running = false;
        thread.join();
        return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    }
}
