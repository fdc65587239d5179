package org.probation.analytics.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
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

    /** A link to each section: the way to them by keyboard, and what makes the long text reachable with Tab. */
    private final UnorderedList contents = new UnorderedList();

    public MethodologyView() {
        setMaxWidth("60em");
        contents.setId("methodology-contents");
        Nav sections = new Nav(contents);
        sections.getElement().setAttribute("aria-label", "Sections");
        add(new H2("Methodology"), sections);
        Methodology.SECTIONS.forEach(section -> add(section(section.title(), section.text())));
    }

    private VerticalLayout section(String title, String text) {
        String id = "methodology-" + EChart.fileName(title);
        // relative to the page's base (the app's root), so the route is named with the fragment
        contents.add(new ListItem(new Anchor("methodology#" + id, title)));
        H3 heading = new H3(title);
        heading.setId(id);
        VerticalLayout section = new VerticalLayout(heading, new Paragraph(text));
        section.setPadding(false);
        return section;
    }
}
