package org.probation.analytics.comparison.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.probation.analytics.comparison.ComparisonRow;

/**
 * Colours that say better or worse, not only significant (as Fingertips colours a comparison):
 * every question counts cases answered yes, so a significant positive difference is better and a
 * negative one worse. Paul Tol's colour-blind-safe blue and red, with the word beside the colour
 * ("★ rose", "★ below") so that nothing is said by colour alone.
 */
public final class Polarity {

    /** Significantly better: Tol's blue, darkened for text contrast on white (5.9:1). */
    static final String BETTER = "#005A8C";
    /** Significantly worse: Tol's red, darkened for text contrast (5.6:1). */
    static final String WORSE = "#B22B0C";
    /** Significant under some consistent counts only. */
    static final String DEPENDS = "#7A5500";
    /** Chart bars: the lighter shades of the same hues. */
    public static final String BETTER_BAR = "#0077BB";

    public static final String WORSE_BAR = "#CC3311";

    private Polarity() {}

    /** "★ rose", "◐ fell? depends on the reading", "no", "not tested": the verdict the view shows, in words. */
    public static String verdict(
            ComparisonRow r, Predicate<ComparisonRow> significant, Predicate<ComparisonRow> depends) {
        if (r.pMax() == null && r.p() == null) {
            return "not tested";
        }
        String word = r.diff() == null ? "" : " " + r.directionKind().word(r.diff());
        if (significant.test(r)) {
            return "★" + word;
        }
        return depends.test(r) ? "◐" + word + "? depends on the reading" : "no";
    }

    /** The colour of a verdict: better, worse, depends, or the text colour. */
    public static String colour(
            ComparisonRow r, Predicate<ComparisonRow> significant, Predicate<ComparisonRow> depends) {
        if (r.diff() == null || (r.pMax() == null && r.p() == null)) {
            return "inherit";
        }
        if (significant.test(r)) {
            return r.diff() > 0 ? BETTER : r.diff() < 0 ? WORSE : "inherit";
        }
        return depends.test(r) ? DEPENDS : "inherit";
    }

    /** A grid cell with the verdict in words, coloured by polarity, bold when significant. */
    public static LitRenderer<ComparisonRow> renderer(
            Predicate<ComparisonRow> significant, Predicate<ComparisonRow> depends) {
        return renderer(Function.identity(), significant, depends);
    }

    /** The same for a grid whose items carry a comparison row. */
    public static <T> LitRenderer<T> renderer(
            Function<T, ComparisonRow> row, Predicate<ComparisonRow> significant, Predicate<ComparisonRow> depends) {
        return LitRenderer.<T>of(
                        "<span class='verdict' style='color:${item.colour};font-weight:${item.weight}'>${item.text}</span>")
                .withProperty("text", t -> verdict(row.apply(t), significant, depends))
                .withProperty("colour", t -> colour(row.apply(t), significant, depends))
                .withProperty("weight", t -> significant.test(row.apply(t)) ? "600" : "400");
    }
}
