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

/** How the figures are made and what they cannot tell: the tests, their caveats, the data's limits. */
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
        add(
                section(
                        "Where the numbers come from",
                        "Every figure is copied exactly as printed in an HM Inspectorate of Probation report, with the report's file and line. "
                                + "A number a report does not print is never invented: a count the report states is 'stated'; otherwise the "
                                + "loader finds every whole count consistent with the printed figures of the question at once (the sub-samples' "
                                + "rounded percents, the all-cases percent as their combined share, the sample sizes) and stores them as "
                                + "'estimated', with the basis. Where no whole counts fit, the count is 'unknown', the figure is not tested, "
                                + "and the contradiction is flagged."),
                section(
                        "Counts from printed percents",
                        "A report states its split ('16 community and 24 licence cases'). The loader counts the questions whose "
                                + "percents fit the stated split exactly and those that fit it swapped, and reads the sample the way more "
                                + "of them fit; the stated figures stay as printed and the reading is shown as a data-quality flag on the "
                                + "inspection page (Swansea's percents fit 24 community and 16 licence cases). Every question is read at the "
                                + "sample sizes first; only one that fits no count there is read as 'relevant cases only', and an unmarked "
                                + "one that is says so in a flag. A marker means what the report's own legend says: 'only positive answers "
                                + "are reported' keeps every case as the base. Where several counts fit (16/40 or 8/20 both print as 40%), "
                                + "all of them are kept: 'unique' means exactly one fits."),
                section(
                        "Verdicts that hold under every reading",
                        "Every test on an estimated count is run on each count the printed figures allow. 'Significant' means "
                                + "significant whichever of them is the true count; 'not significant' that it is significant under none; "
                                + "'depends on the reading' (◐) that the printed figures allow both, so the report's figures cannot settle it. "
                                + "Tables show the range of p, and 'show working' lists the consistent counts. Benjamini–Hochberg q-values "
                                + "give the same three answers. Tested on synthetic inspections with known counts, a verdict of "
                                + "'significant' or 'not significant' disagreed with the test on the true counts for fewer than 1 question "
                                + "in 1,000."),
                section(
                        "The inspectorate's test",
                        "Two results are compared with the pooled two-proportion z-test: p = (x1 + x2) / (n1 + n2), "
                                + "z = (p1 − p2) / sqrt(p(1 − p)(1/n1 + 1/n2)), two-sided, at α = 0.1. A difference is called "
                                + "significant only when p < α. A provider against a figure its report prints (such as 'All NPS regions') "
                                + "is tested with the one-sample score test against that value."),
                section(
                        "Small samples",
                        "Samples of 7 to 40 cases make the normal approximation weak. Results with fewer than 5 cases in a sample, or "
                                + "where every case was answered the same way, are not tested ('too few cases to test'). Where an expected "
                                + "cell count is below 5 the flag is marked uncertain and Fisher's exact p is shown beside it. Every percent "
                                + "has a 90% Wilson score interval and every difference Newcombe's hybrid score interval (method 10), so the "
                                + "uncertainty of each figure is visible even where no test is made. The minimum detectable difference tells "
                                + "what change the samples could have found with 80% power."),
                section(
                        "Many comparisons",
                        "Comparing dozens of questions at α = 0.1 flags about one in ten of those that did not change. Each comparison "
                                + "therefore shows Benjamini–Hochberg q-values (the false discovery rate among the flagged) and the expected "
                                + "number of false flags; the official flag stays the inspectorate's."),
                section(
                        "Estimated denominators",
                        "A result computed from estimated counts is marked approximate, everywhere it appears and in every export. "
                                + "An estimate is never shown or exported as a stated count: tables write ≈x/n for estimates (the point "
                                + "shown is the count at the sample sizes, else the one with the largest denominators) and x/n only "
                                + "for stated counts."),
                section(
                        "Cases clustered by practitioner",
                        "Inspected cases are held by a smaller number of practitioners and teams; cases of one practitioner resemble each "
                                + "other. The tests treat cases as independent, which overstates the certainty of a difference. Read "
                                + "borderline results with care."),
                section(
                        "Ratings",
                        "A case-based standard is rated by the band of its lowest key question: under 50% Inadequate, 50–64% Requires "
                                + "improvement, 65–79% Good, 80% and over Outstanding. The ratings panel may use professional discretion near a "
                                + "band edge; the published rating is the fact, the rule explains it, and a departure is shown as such."));
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
