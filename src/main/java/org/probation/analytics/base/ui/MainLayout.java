package org.probation.analytics.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.probation.analytics.base.SyntheticDataService;

/**
 * The app shell: a title bar and a side navigation built from the views' {@code @Menu}
 * annotations, with a banner on every view while synthetic data is loaded.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    static final String SYNTHETIC_BANNER = "Synthetic data: not real inspection results";

    public MainLayout(SyntheticDataService syntheticData, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        H1 title = new H1("Probation inspections");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.MEDIUM);
        // landmarks: the title is the page's banner, the navigation a nav, the view its main (see below)
        addToDrawer(new Header(title), new Scroller(nav()));
        addToNavbar(new DrawerToggle());
        if (syntheticData.isSyntheticDataLoaded()) {
            addToNavbar(syntheticBanner());
        }
        addToNavbar(account(authentication));
    }

    /** The view shown is the page's main landmark: what a screen reader's "skip to main" goes to. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        content.getElement().setAttribute("role", "main");
    }

    /** Viewing is open to all; importing needs the admin account: the way in, or out. */
    private static Component account(AuthenticationContext authentication) {
        HorizontalLayout account = new HorizontalLayout();
        account.setId("account");
        account.getElement().setAttribute("role", "region");
        account.getElement().setAttribute("aria-label", "Account");
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        account.addClassNames(LumoUtility.Margin.Left.AUTO, LumoUtility.Margin.Right.MEDIUM);
        if (authentication.isAuthenticated()) {
            Button signOut = new Button("Sign out", e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            account.add(
                    new Span("Signed in as " + authentication.getPrincipalName().orElse("?")), signOut);
        } else {
            account.add(new Anchor("login", "Sign in to import"));
        }
        return account;
    }

    private static Div syntheticBanner() {
        Div banner = new Div(SYNTHETIC_BANNER);
        banner.setId("synthetic-banner");
        banner.getElement().setAttribute("role", "alert");
        banner.addClassNames(
                LumoUtility.Background.ERROR,
                LumoUtility.TextColor.ERROR_CONTRAST,
                LumoUtility.FontWeight.BOLD,
                LumoUtility.Padding.Horizontal.MEDIUM,
                LumoUtility.Padding.Vertical.SMALL,
                LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Margin.Horizontal.MEDIUM);
        return banner;
    }

    private static SideNav nav() {
        SideNav nav = new SideNav();
        nav.setLabel("Views");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        return nav;
    }
}
