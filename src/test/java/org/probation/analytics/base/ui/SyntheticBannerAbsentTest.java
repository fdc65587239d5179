package org.probation.analytics.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.probation.analytics.KaribuTest;

/** With real inspections only (the small test dataset) no view shows the synthetic banner. */
class SyntheticBannerAbsentTest extends KaribuTest {

    @Test
    void no_view_shows_the_synthetic_banner_over_real_data() {
        for (String view : SyntheticBannerTest.VIEWS) {
            UI.getCurrent().navigate(view);
            _assertNone(Div.class, spec -> spec.withId("synthetic-banner"));
        }
    }
}
