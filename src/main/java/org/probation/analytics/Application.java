package org.probation.analytics;

import org.probation.analytics.base.Settings;
import org.probation.analytics.dataset.StartupWarmup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Starts the probation inspection analytics dashboard. */
@SpringBootApplication
@EnableConfigurationProperties(Settings.class)
public class Application {

    public static void main(String[] args) {
        fastRandom();
        // jOOQ's banner and tip of the day: log lines, and time, at every start
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
        StartupWarmup.start();
        SpringApplication.run(Application.class, args);
    }

    /**
     * Random ids (Vaadin's renderers and download links, CSRF tokens) come from {@code
     * SecureRandom}. Its Linux default, NativePRNG, makes every caller wait on one lock around a
     * read of /dev/urandom: under load, view builds waited hundreds of milliseconds there
     * (docs/performance.md, load). A seed source other than exactly file:/dev/random or
     * file:/dev/urandom makes the JDK's default the in-process DRBG, seeded from /dev/urandom
     * through this path; set before anything asks for a random number. An explicit setting wins.
     */
    static void fastRandom() {
        if (System.getProperty("java.security.egd") == null) {
            java.security.Security.setProperty("securerandom.source", "file:/dev/./urandom");
        }
    }
}
