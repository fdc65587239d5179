package org.probation.analytics.importing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.junit.jupiter.api.Test;

/** The title bar offers the way in to imports to anyone, and says who is signed in. */
class AccountLinkTest extends ImportKaribuTest {

    @Test
    void an_anonymous_user_is_offered_the_sign_in() {
        UI.getCurrent().navigate("");

        Anchor signIn = _get(Anchor.class, spec -> spec.withText("Sign in to import"));
        assertThat(signIn.getHref()).isEqualTo("login");
    }

    @Test
    void the_admin_is_shown_as_signed_in_with_a_sign_out() {
        openAsAdmin();

        assertThat(_get(HorizontalLayout.class, spec -> spec.withId("account"))
                        .getChildren()
                        .map(c -> c.getElement().getTextRecursively()))
                .containsExactly("Signed in as admin", "Sign out");
    }
}
