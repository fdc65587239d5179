package org.probation.analytics.rating;

import java.util.EnumMap;
import java.util.Map;

/** A framework's overall-score bands, parsed from {@code Inadequate:0-5;Requires improvement:6-15;...}. */
public record ScoreBands(Map<Rating, int[]> ranges) {

    public static ScoreBands parse(String text) {
        Map<Rating, int[]> ranges = new EnumMap<>(Rating.class);
        for (String part : text.split(";")) {
            String[] wordRange = part.split(":");
            String[] range = wordRange[1].split("-");
            ranges.put(
                    Rating.ofWord(wordRange[0].strip()),
                    new int[] {Integer.parseInt(range[0].strip()), Integer.parseInt(range[1].strip())});
        }
        return new ScoreBands(ranges);
    }

    public Rating ratingOf(int score) {
        return ranges.entrySet().stream()
                .filter(e -> score >= e.getValue()[0] && score <= e.getValue()[1])
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("score " + score + " is in no band"));
    }
}
