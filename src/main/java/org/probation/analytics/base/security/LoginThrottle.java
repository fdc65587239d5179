package org.probation.analytics.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A per-client back-off for wrong passwords: after {@value #FREE} failures from one address, a
 * request from it that carries credentials (HTTP Basic, or the sign-in form) is answered 429 with
 * Retry-After for a delay that doubles with each further failure, up to {@value #MAX_DELAY_SECONDS}
 * seconds; a success clears the address. Kept in memory for this node, at most {@value #ADDRESSES}
 * addresses.
 */
@Component
public class LoginThrottle extends OncePerRequestFilter {

    static final int FREE = 5;
    static final long MAX_DELAY_SECONDS = 300;
    static final int ADDRESSES = 10_000;

    private record Failures(int count, long lockedUntilMillis) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        String address = address(event.getAuthentication().getDetails());
        if (address == null) {
            return;
        }
        if (failures.size() >= ADDRESSES) {
            long now = clock.millis();
            failures.values().removeIf(f -> f.lockedUntilMillis() < now);
            if (failures.size() >= ADDRESSES) {
                failures.clear();
            }
        }
        failures.merge(address, new Failures(1, 0), (old, one) -> {
            int count = old.count() + 1;
            long delay = count < FREE ? 0 : Math.min(MAX_DELAY_SECONDS, 1L << Math.min(20, count - FREE));
            return new Failures(count, clock.millis() + 1000 * delay);
        });
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        String address = address(event.getAuthentication().getDetails());
        if (address != null) {
            failures.remove(address);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Failures f = carriesCredentials(request) ? failures.get(request.getRemoteAddr()) : null;
        long wait = f == null ? 0 : f.lockedUntilMillis() - clock.millis();
        if (wait > 0) {
            long seconds = (wait + 999) / 1000;
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.setContentType("application/json");
            response.getWriter()
                    .write("{\"error\": \"too many wrong passwords from this address: try again in " + seconds
                            + " s\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean carriesCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6))
                || ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
