package org.probation.analytics.browser;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the keyboard focus is, read through the shadow roots: the element, and what it belongs to
 * (a field and its label, a grid's header or body row, a link and whether it downloads).
 *
 * @param kind field, grid, link, button or other; none when nothing in the page has the focus
 * @param inMain inside the page's main landmark (the view)
 * @param label a field's label
 * @param option the radio button's label, on a radio group
 * @param section a grid's "header" or "items" (body)
 * @param row a grid body row's index
 * @param rowText a grid row's first cell
 */
record Focus(
        String kind,
        String tag,
        String text,
        boolean inMain,
        String href,
        boolean download,
        String label,
        String option,
        String grid,
        String section,
        Integer row,
        String rowText) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final String READ = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              if (!a || a === document.body || a === document.documentElement) return JSON.stringify({ kind: 'none', inMain: false, download: false });
              const up = e => e.parentElement || (e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null);
              const cellText = td => { const s = td && td.querySelector('slot'); const c = s && s.assignedElements()[0];
                                       return c ? c.textContent.trim() : ''; };
              const d = { kind: 'other', tag: a.localName, text: (a.textContent || '').trim().slice(0, 100), inMain: false, download: false };
              let field = null, grid = null, radio = null;
              for (let e = a; e; e = up(e)) {
                if (e.getAttribute && e.getAttribute('role') === 'main') d.inMain = true;
                if (!field && e.matches && e.matches('vaadin-select, vaadin-number-field, vaadin-integer-field, vaadin-text-field,'
                    + ' vaadin-text-area, vaadin-combo-box, vaadin-radio-group, vaadin-checkbox-group, vaadin-date-picker')) field = e;
                if (!grid && e.localName === 'vaadin-grid') grid = e;
                if (!radio && e.localName === 'vaadin-radio-button') radio = e;
              }
              if (a.localName === 'a') { d.kind = 'link'; d.href = a.getAttribute('href'); d.download = a.hasAttribute('download'); }
              else if (a.localName === 'vaadin-button' || a.localName === 'button') d.kind = 'button';
              if (field) { d.kind = 'field'; d.label = field.label; if (radio) d.option = radio.label || radio.textContent.trim(); }
              if (grid && (a.localName === 'td' || a.localName === 'th')) {
                d.kind = 'grid'; d.grid = grid.id; const tr = a.parentElement;
                d.section = tr.parentElement.id; d.row = d.section === 'items' ? tr.index : null;
                d.rowText = cellText(tr.querySelector('td, th'));
              }
              return JSON.stringify(d);
            }""";

    static Focus of(Page page) {
        return JSON.readValue((String) page.evaluate(READ), Focus.class);
    }

    /** Presses {@code key} until the focus is {@code wanted}; every focus passed through, for the failure message. */
    static Focus pressUntil(Page page, String key, Predicate<Focus> wanted, int most) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < most; i++) {
            page.keyboard().press(key);
            Focus f = of(page);
            if (wanted.test(f)) {
                return f;
            }
            seen.add(f.toString());
        }
        throw new AssertionError("not reached with " + most + " presses of " + key + "; focus went through:\n  "
                + String.join("\n  ", seen));
    }

    /** Tab from where the focus is to past the end of the view: every focus on the way, in order. */
    static List<Focus> tabThroughView(Page page, int most) {
        List<Focus> seen = new ArrayList<>();
        boolean entered = false;
        for (int i = 0; i < most; i++) {
            page.keyboard().press("Tab");
            Focus f = of(page);
            if (entered && !f.inMain()) {
                return seen;
            }
            entered |= f.inMain();
            seen.add(f);
        }
        throw new AssertionError("the view was not passed through with " + most + " presses of Tab: " + seen);
    }

    boolean inGridBody(String id) {
        return "grid".equals(kind) && id.equals(grid) && "items".equals(section);
    }
}
