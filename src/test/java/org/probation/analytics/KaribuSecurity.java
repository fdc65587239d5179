package org.probation.analytics;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.security.Principal;
import java.util.Arrays;
import kotlin.jvm.functions.Function1;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Spring Security for Karibu tests. Vaadin's view access control reads the request's principal and
 * roles, which in the app a Spring filter copies from the security context; Karibu runs no filter,
 * so {@link #install()} makes its mocked requests read them from {@link SecurityContextHolder}.
 */
public final class KaribuSecurity {

    private static Function1<FakeHttpSession, FakeRequest> previous;

    private KaribuSecurity() {}

    /** Call before {@code MockVaadin.setup}; the requests then follow {@link #signIn} and {@link #signOut}. */
    public static void install() {
        previous = MockVaadin.getMockRequestFactory();
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth != null && auth.isAuthenticated() ? auth : null;
            }

            @Override
            public boolean isUserInRole(String role) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth != null
                        && auth.getAuthorities().stream()
                                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            }
        });
    }

    public static void uninstall() {
        if (previous != null) {
            MockVaadin.setMockRequestFactory(previous);
        }
        signOut();
    }

    public static void signIn(String user, String... roles) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user,
                        null,
                        AuthorityUtils.createAuthorityList(
                                Arrays.stream(roles).map(r -> "ROLE_" + r).toList())));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
