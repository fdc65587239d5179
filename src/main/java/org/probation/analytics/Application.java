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
        // jOOQ's banner and tip of the day: log lines, and time, at every start
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
        StartupWarmup.start();
        SpringApplication.run(Application.class, args);
    }
}
