package org.probation.analytics.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.probation.analytics.dataset.CountEstimator.Base;
import org.probation.analytics.db.tables.records.ResultRecord;

/**
 * A question's base as its report's own legend gives it: unmarked questions are asked of every
 * case; a marker whose legend says "only positive answers are reported" keeps every case as the
 * base; any other marker (or a legend saying the question does not apply to every case, or is
 * calculated for a relevant sub-sample), or a marker without a legend, allows n below the sample
 * size. Several legends on one question: relevant-only if any of them is.
 */
final class QuestionBase {

    private QuestionBase() {}

    static Base of(ResultRecord... rows) {
        Base base = Base.WHOLE_SAMPLE;
        for (ResultRecord r : rows) {
            Base b = of(r.getMarker(), r.getMarkerMeaning());
            if (b == Base.RELEVANT_ONLY) {
                return b;
            }
            if (b == Base.ALL_CASES_MARKED) {
                base = b;
            }
        }
        return base;
    }

    static Base of(String marker, String meaning) {
        boolean marked = marker != null && !marker.isBlank();
        if (meaning == null || meaning.isBlank()) {
            return marked ? Base.RELEVANT_ONLY : Base.WHOLE_SAMPLE;
        }
        List<String> legends = legends(meaning);
        if (!marked) { // a legend without a marker printed here: the legend alone says it
            return legends.stream().allMatch(QuestionBase::keepsEveryCase) ? Base.ALL_CASES_MARKED : Base.RELEVANT_ONLY;
        }
        for (String symbol : marker.trim().split("\\s+")) {
            Pattern names = Pattern.compile("marked\\s+" + Pattern.quote(symbol) + "(?![^\\s,.;:])");
            String legend = legends.stream()
                    .filter(l -> names.matcher(l).find())
                    .findFirst()
                    .orElse(legends.size() == 1 ? legends.getFirst() : null);
            if (legend == null || !keepsEveryCase(legend)) {
                return Base.RELEVANT_ONLY;
            }
        }
        return Base.ALL_CASES_MARKED;
    }

    /** The legend's sentences grouped by the marker each explains: a sentence naming "marked ..." starts one. */
    private static List<String> legends(String meaning) {
        List<String> legends = new ArrayList<>();
        for (String sentence : meaning.split("(?<=[.;])\\s+")) {
            if (legends.isEmpty() || sentence.toLowerCase(Locale.ROOT).contains("marked")) {
                legends.add(sentence);
            } else {
                legends.set(legends.size() - 1, legends.getLast() + " " + sentence);
            }
        }
        return legends;
    }

    private static boolean keepsEveryCase(String legend) {
        return legend.toLowerCase(Locale.ROOT).contains("only positive answers");
    }

    /** How the base reads in a basis or flag. */
    static String words(Base base) {
        return switch (base) {
            case WHOLE_SAMPLE -> "not marked as applying to relevant cases only";
            case ALL_CASES_MARKED ->
                "marked, but its legend keeps every case as the base (only positive answers reported)";
            case RELEVANT_ONLY -> "marked as applying to relevant cases only";
        };
    }
}
