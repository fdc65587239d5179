package org.probation.analytics.rating;

/** The four inspection ratings, with their points and the percent bands of the case-based standards. */
public enum Rating {
    INADEQUATE("Inadequate", 0, 0),
    REQUIRES_IMPROVEMENT("Requires improvement", 1, 50),
    GOOD("Good", 2, 65),
    OUTSTANDING("Outstanding", 3, 80);

    private final String word;
    private final int points;
    private final int lowerEdge;

    Rating(String word, int points, int lowerEdge) {
        this.word = word;
        this.points = points;
        this.lowerEdge = lowerEdge;
    }

    public String word() {
        return word;
    }

    /** 0 (Inadequate) to 3 (Outstanding): a standard's contribution to the overall score. */
    public int points() {
        return points;
    }

    /** The lowest percent in this band (under 50 Inadequate; 50–64 RI; 65–79 Good; 80+ Outstanding). */
    public int lowerEdge() {
        return lowerEdge;
    }

    /** The percent at which the next band up starts, or null for Outstanding. */
    public Integer upperEdge() {
        return this == OUTSTANDING ? null : values()[ordinal() + 1].lowerEdge;
    }

    /** The band of a key question's percent (as printed, so 64.5 is still Requires improvement). */
    public static Rating ofPercent(double percent) {
        Rating band = INADEQUATE;
        for (Rating r : values()) {
            if (percent >= r.lowerEdge) {
                band = r;
            }
        }
        return band;
    }

    public static Rating ofWord(String word) {
        for (Rating r : values()) {
            if (r.word.equals(word)) {
                return r;
            }
        }
        throw new IllegalArgumentException("not a rating: '" + word + "'");
    }

    public static Rating ofPoints(int points) {
        return values()[points];
    }
}
