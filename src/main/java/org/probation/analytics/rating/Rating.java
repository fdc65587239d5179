package org.probation.analytics.rating;

/**
 * The four inspection ratings and their points. The percent bands of a key question belong to a
 * framework ({@link KeyQuestionBands}, from {@code frameworks.csv}), not to the ratings.
 */
public enum Rating {
    INADEQUATE("Inadequate", 0),
    REQUIRES_IMPROVEMENT("Requires improvement", 1),
    GOOD("Good", 2),
    OUTSTANDING("Outstanding", 3);

    private final String word;
    private final int points;

    Rating(String word, int points) {
        this.word = word;
        this.points = points;
    }

    public String word() {
        return word;
    }

    /** 0 (Inadequate) to 3 (Outstanding): a standard's contribution to the overall score. */
    public int points() {
        return points;
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
