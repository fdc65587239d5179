package org.probation.analytics.base.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a record component's number means, so that a workbook formats it as such without changing it:
 * a percent as printed (0–100), a difference in percentage points, or a share (0–1). A component with
 * no unit is written as a plain number.
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Unit {

    Kind value();

    enum Kind {
        /**
         * 0–100, as the reports print it: shown 43.0% with the value 43 kept. The sign is escaped ({@code \%}),
         * which every reader takes as a literal sign (a quoted "%" is scaled by 100 by some, such as POI).
         */
        PERCENT("0.0\\%", "percent (0–100, as printed)"),
        /** A difference of two percents: shown +12.5 pts. */
        POINTS("+0.0\" pts\";-0.0\" pts\";0.0\" pts\"", "percentage points"),
        /** 0–1: shown 43.0% (the spreadsheet's own percent, which scales by 100 for display only). */
        SHARE("0.0%", "share (0–1), shown as a percent");

        private final String excelFormat;
        private final String meaning;

        Kind(String excelFormat, String meaning) {
            this.excelFormat = excelFormat;
            this.meaning = meaning;
        }

        /** The number format a spreadsheet shows it with. */
        public String excelFormat() {
            return excelFormat;
        }

        /** The unit in words, for a workbook's About sheet. */
        public String meaning() {
            return meaning;
        }
    }
}
