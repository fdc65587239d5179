package org.probation.analytics.rating;

import java.util.EnumMap;
import java.util.Map;

/**
 * A framework's rating bands of a key question's percent, from {@code frameworks.csv}
 * ({@code Requires improvement:50;Good:65;Outstanding:80}: the lowest percent of each band;
 * Inadequate starts at 0). A standard rated by rule takes the band of its lowest key question.
 */
public record KeyQuestionBands(Map<Rating, Integer> lowerEdges) {

    public KeyQuestionBands {
        lowerEdges = Map.copyOf(lowerEdges);
    }

    /** Parses the {@code key_question_bands} column (the load has checked its form). */
    public static KeyQuestionBands parse(String text) {
        Map<Rating, Integer> edges = new EnumMap<>(Rating.class);
        edges.put(Rating.INADEQUATE, 0);
        for (String part : text.split(";")) {
            int colon = part.lastIndexOf(':');
            edges.put(
                    Rating.ofWord(part.substring(0, colon).strip()),
                    Integer.parseInt(part.substring(colon + 1).strip()));
        }
        if (edges.size() != Rating.values().length) {
            throw new IllegalArgumentException(
                    "key-question bands must give a lower edge for every rating: '" + text + "'");
        }
        return new KeyQuestionBands(edges);
    }

    /** The band of a percent as printed (64.5 is still below a band starting at 65). */
    public Rating ratingOf(double percent) {
        Rating band = Rating.INADEQUATE;
        for (Rating r : Rating.values()) {
            if (percent >= lowerEdges.get(r)) {
                band = r;
            }
        }
        return band;
    }

    /** The lowest percent of a band. */
    public int lowerEdge(Rating band) {
        return lowerEdges.get(band);
    }

    /** The percent at which the next band up starts, or null for the top band. */
    public Integer upperEdge(Rating band) {
        return band == Rating.OUTSTANDING ? null : lowerEdges.get(Rating.values()[band.ordinal() + 1]);
    }

    /** The bands as a reader scans them: {@code <50 / 50-64 / 65-79 / 80+}. */
    public String describe() {
        StringBuilder out = new StringBuilder("<" + lowerEdge(Rating.REQUIRES_IMPROVEMENT));
        for (Rating r : Rating.values()) {
            if (r == Rating.INADEQUATE) {
                continue;
            }
            Integer upper = upperEdge(r);
            out.append(" / ").append(lowerEdge(r)).append(upper == null ? "+" : "-" + (upper - 1));
        }
        return out.toString();
    }
}
