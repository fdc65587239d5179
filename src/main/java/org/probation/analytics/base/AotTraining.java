package org.probation.analytics.base;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training start of the fast start ({@code launch/fast-start.sh}): with
 * {@code inspections.aot-training=true} the app, once ready, asks itself for its first page (so
 * the JDK's ahead-of-time cache written at exit also holds what serving it takes) and stops,
 * with exit status 1 if the page did not come. Without the property it does nothing.
 */
@Component
class AotTraining {

    private static final Logger log = LoggerFactory.getLogger(AotTraining.class);

    private final boolean enabled;

    AotTraining(Settings settings) {
        this.enabled = settings.aotTraining();
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!enabled) {
            return;
        }
        ConfigurableApplicationContext context = event.getApplicationContext();
        URI first = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/");
        int status = 0;
        try (HttpClient client = HttpClient.newHttpClient()) {
            status = client.send(HttpRequest.newBuilder(first).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (IOException e) {
            log.warn("AOT training: {} failed: {}", first, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int exit = status == 200 ? 0 : 1;
        log.info("AOT training: {} answered {}; stopping (the JVM writes its cache on exit)", first, status);
        Thread.ofPlatform().start(() -> System.exit(SpringApplication.exit(context, () -> exit)));
    }
}
