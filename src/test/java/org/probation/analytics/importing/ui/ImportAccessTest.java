package org.probation.analytics.importing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.probation.analytics.base.security.LoginView;

/** The import view is the admin's: anonymous users get the login view, and only the admin sees it in the menu. */
class ImportAccessTest extends ImportKaribuTest {

    @Test
    void an_anonymous_user_gets_the_login_view_and_no_import_menu_entry() {
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                .contains("Inspections")
                .doesNotContain("Import");

        UI.getCurrent().navigate("import");

        _assertNone(ImportView.class);
        _assertOne(LoginView.class);

        UI.getCurrent().navigate("import/batch");

        _assertNone(BatchImportView.class);
        _assertOne(LoginView.class);
    }

    @Test
    void the_admin_sees_the_import_menu_entry_once_for_both_import_views() {
        openAsAdmin();
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel).filter(l -> l.startsWith("Import")))
                .containsExactly("Import");
    }
}
