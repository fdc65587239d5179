package org.probation.analytics.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** An address that names no page: said inside the app, with the way back, rather than a sign-in form. */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found")
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private final Paragraph what = new Paragraph();

    public NotFoundView() {
        setId("not-found");
        add(
                new H2("Page not found"),
                what,
                new Paragraph(
                        new Anchor("", "Back to the inspections"),
                        new com.vaadin.flow.component.Text(" · "),
                        new Anchor("compare", "Compare"),
                        new com.vaadin.flow.component.Text(" · "),
                        new Anchor("methodology", "Methodology")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        what.setText("There is no page at /" + event.getLocation().getPathWithQueryParameters()
                + ". The link may be mistyped or out of date.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
