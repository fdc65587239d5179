package org.probation.analytics.base.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * A banner over a view opened from a permalink that could not be followed exactly: it names each
 * bad parameter and what is shown instead (issue 14, item 8), so that a bad link never quietly
 * shows something else. Hidden when the link was good, and once the analyst changes a field.
 */
public class LinkBanner extends Paragraph {

    private final List<String> problems = new ArrayList<>();

    /** @param id the element id, e.g. "overview-banner" */
    public LinkBanner(String id) {
        setId(id);
        getElement().setAttribute("role", "alert");
        getStyle()
                .set("background", "var(--lumo-error-color-10pct)")
                .set("padding", "var(--lumo-space-s)")
                .set("border-left", "4px solid var(--lumo-error-color)");
        setVisible(false);
    }

    /** Starts checking a new link: forgets the last one's problems. */
    public LinkBanner check() {
        problems.clear();
        return this;
    }

    /**
     * Notes parameter {@code name} when it is present and {@code valid} rejects it: "name=value is
     * {@code what}: {@code instead}".
     */
    public LinkBanner check(QueryParameters q, String name, Predicate<String> valid, String what, String instead) {
        UrlState.get(q, name)
                .filter(valid.negate())
                .ifPresent(v -> problems.add(name + "=" + v + " is " + what + (instead == null ? "" : ": " + instead)));
        return this;
    }

    /** The same, for a parameter that must be one of {@code values}. */
    public LinkBanner oneOf(QueryParameters q, String name, Collection<String> values, String what, String instead) {
        return check(
                q,
                name,
                values::contains,
                what + " (" + String.join(", ", values.stream().limit(12).toList()) + (values.size() > 12 ? ", …" : "")
                        + ")",
                instead);
    }

    /** Adds a problem found otherwise. */
    public LinkBanner problem(String text) {
        problems.add(text);
        return this;
    }

    /** Shows the problems noted, or hides the banner when there are none. */
    public void show() {
        setText(
                problems.isEmpty()
                        ? ""
                        : "This link could not be followed exactly: " + String.join("; ", problems)
                                + ". The fields below show what is shown instead.");
        setVisible(!problems.isEmpty());
    }
}
