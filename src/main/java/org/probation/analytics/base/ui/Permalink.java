package org.probation.analytics.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The address that shows a view in the state it is in: the location {@link UrlState#replace} last
 * wrote for the view on screen, else the location it was opened at, made absolute with the address
 * the request came to (a download names where its figures can be seen again).
 */
public final class Permalink {

    /** The location a view last wrote into the browser's address bar. */
    record Written(Class<?> view, String location) {}

    private Permalink() {}

    static void written(UI ui, Class<?> view, String location) {
        ComponentUtil.setData(ui, Written.class, new Written(view, location));
    }

    /** The permalink of the view {@code ui} shows, absolute when {@code request} says where the app is served. */
    public static String of(UI ui, VaadinRequest request) {
        return base(request) + "/" + location(ui);
    }

    private static String location(UI ui) {
        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        Written written = ComponentUtil.getData(ui, Written.class);
        if (written != null && !chain.isEmpty() && chain.getFirst().getClass() == written.view()) {
            return written.location();
        }
        return ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static String base(VaadinRequest request) {
        if (!(request instanceof VaadinServletRequest servlet)) {
            return "";
        }
        HttpServletRequest http = servlet.getHttpServletRequest();
        int port = http.getServerPort();
        boolean usual = port <= 0
                || ("http".equals(http.getScheme()) && port == 80)
                || ("https".equals(http.getScheme()) && port == 443);
        return http.getScheme() + "://" + http.getServerName() + (usual ? "" : ":" + port) + http.getContextPath();
    }
}
