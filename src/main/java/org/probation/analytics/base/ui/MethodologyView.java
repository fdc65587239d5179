package org.probation.analytics.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.probation.analytics.base.Methodology;

/** How the figures are made and what they cannot tell: the tests, their caveats, the data's limits ({@link Methodology}). */
@Route("methodology")
@PageTitle("Methodology")
@Menu(title = "Methodology", order = 100)
@AnonymousAllowed
public class MethodologyView extends VerticalLayout {

    public MethodologyView() {
        setMaxWidth("60em");
        add(new H2("Methodology"));
        Methodology.SECTIONS.forEach(section -> add(section(section.title(), section.text())));
    }

    private static VerticalLayout section(String title, String text) {
        VerticalLayout section = new VerticalLayout(new H3(title), new Paragraph(text));
        section.setPadding(false);
        return section;
    }
}
