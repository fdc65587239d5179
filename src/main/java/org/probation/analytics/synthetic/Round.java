package org.probation.analytics.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * One inspection round of one kind of provider: the 12 regions in three rounds under the NPS
 * framework (2018, 2019, 2020, inside its years of use 2018-06 to 2021-06), the 110 PDUs in
 * three rounds under the PDU framework (2022, 2024, 2026). Fieldwork starts are spread over the
 * round's window in a seeded order, each on a Monday.
 */
record Round(Kind kind, int number, int year, LocalDate windowStart, int windowDays) {

    /** Who a round inspects, under which framework, and the national trend of its rounds (logit). */
    enum Kind {
        REGION("nps-2018", new double[] {0, 0.10, 0.20}),
        PDU("pdu-2021", new double[] {0, 0.25, 0.45});

        final String framework;
        private final double[] trend;

        Kind(String framework, double[] trend) {
            this.framework = framework;
            this.trend = trend;
        }

        /** The national change since the kind's first round, on the logit scale. */
        double trend(int round) {
            return trend[round - 1];
        }
    }

    static final List<Round> ALL = List.of(
            new Round(Kind.REGION, 1, 2018, LocalDate.of(2018, 6, 4), 190),
            new Round(Kind.REGION, 2, 2019, LocalDate.of(2019, 2, 4), 270),
            new Round(Kind.REGION, 3, 2020, LocalDate.of(2020, 2, 3), 280),
            new Round(Kind.PDU, 1, 2022, LocalDate.of(2022, 1, 10), 320),
            new Round(Kind.PDU, 2, 2024, LocalDate.of(2024, 1, 8), 320),
            new Round(Kind.PDU, 3, 2026, LocalDate.of(2026, 1, 12), 180));

    /** The fieldwork start of the {@code index}-th of {@code count} inspections of the round. */
    LocalDate fieldworkStart(int index, int count) {
        return windowStart
                .plusDays((long) index * windowDays / count)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }
}
