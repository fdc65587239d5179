package org.probation.analytics.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Viewing is open to everyone; importing, replacing and deleting need the {@code admin} account,
 * whose password comes from {@code INSPECTIONS_ADMIN_PASSWORD} (or is generated and printed once
 * at start). The API uses HTTP Basic without sessions; CSRF protection stays on: a call carrying
 * Basic credentials from another origin (what a forged cross-site form would be; browsers send
 * Origin) needs the token, and the Vaadin app keeps Vaadin's own CSRF protection.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    /**
     * What a page may load: only this app's own scripts, styles, images and connections (Vaadin's
     * client needs inline styles, inline and evaluated script, and data: images; its development
     * tools a websocket), nothing framed from elsewhere, no plugins.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                    + "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, LoginThrottle throttle) throws Exception {
        return http.securityMatcher("/api/**")
                .addFilterBefore(throttle, BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/imports/**", "/api/imports")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole("ADMIN"))
                .httpBasic(basic -> {})
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain app(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        // static chart scripts are public like the views that use them; so is the error page a
        // refused API call is forwarded to (else an API 404 or 400 became a redirect to /login)
        return http.authorizeHttpRequests(auth -> auth.requestMatchers("/webjars/**", "/echart-support.js")
                        .permitAll()
                        .dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll())
                // every other address reaches the router, whose view annotations (@AnonymousAllowed, @RolesAllowed)
                // decide access: an unknown address is then the not-found page, not a sign-in form
                .with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class)
                                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll))
                .build();
    }

    @Bean
    UserDetailsService users(PasswordEncoder encoder, @Value("${INSPECTIONS_ADMIN_PASSWORD:}") String configured) {
        String password = configured;
        if (password.isBlank()) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            log.warn("INSPECTIONS_ADMIN_PASSWORD is not set: the admin password for this run is {}", password);
        }
        return new InMemoryUserDetailsManager(User.withUsername("admin")
                .password(encoder.encode(password))
                .roles("ADMIN")
                .build());
    }

    /** The throttle runs inside the two security chains only, not a second time as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottleOnlyInTheChains(LoginThrottle throttle) {
        FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** A state-changing API call needs the CSRF token when it carries Basic credentials from a foreign origin. */
    private static boolean needsCsrfToken(HttpServletRequest request) {
        if (HttpMethod.GET.matches(request.getMethod())
                || HttpMethod.HEAD.matches(request.getMethod())
                || HttpMethod.OPTIONS.matches(request.getMethod())) {
            return false;
        }
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        String origin = request.getHeader("Origin");
        boolean sameOrigin = origin == null || origin.equals(request.getScheme() + "://" + request.getHeader("Host"));
        // the API chain keeps no session: without Basic credentials a request is anonymous (401),
        // with them from another origin it is a forgery a browser could make, and needs the token
        return basic && !sameOrigin;
    }
}
