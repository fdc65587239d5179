package org.probation.analytics.base;

import org.apache.catalina.Engine;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * When several nodes serve the app behind a load balancer, this node's name ({@code
 * inspections.node-route}) ends every session id it gives out, as Tomcat's {@code jvmRoute} does
 * ({@code JSESSIONID=...node1}): the balancer reads it to send a session's requests to the node
 * that holds it (sticky sessions, see {@code cluster/}). Nothing changes with one node.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String route;

    // read from the environment, not from Settings: the web server's customizers are made before the
    // app's conversion service is in place, and binding Settings that early would read its paths
    // differently (a relative "datasets" found on the classpath); Settings still checks the value
    NodeRoute(Environment environment) {
        this.route = environment.getProperty("inspections.node-route", "");
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!route.isEmpty()) {
            // the context is already the host's child here, so its engine is known
            factory.addContextCustomizers(
                    context -> ((Engine) context.getParent().getParent()).setJvmRoute(route));
        }
    }
}
