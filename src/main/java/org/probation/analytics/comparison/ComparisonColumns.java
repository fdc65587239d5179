package org.probation.analytics.comparison;

import org.probation.analytics.base.CountKind;
import org.probation.analytics.stats.TestUsed;

/**
 * The columns of a {@link ComparisonRow} by the names the API and CSV give them: a view reads
 * {@code r.xA()} as it reads a table's column. Each reads one field of the row's groups.
 */
public interface ComparisonColumns {

    ComparisonRow.Item item();

    ComparisonRow.Side a();

    ComparisonRow.Side b();

    ComparisonRow.Outcome outcome();

    ComparisonRow.Verdicts verdicts();

    default String questionCode() {
        return item().questionCode();
    }

    default String question() {
        return item().question();
    }

    default String level() {
        return item().level();
    }

    default String labelA() {
        return a().label();
    }

    default Integer xA() {
        return a().x();
    }

    default Integer nA() {
        return a().n();
    }

    default Double pctA() {
        return a().pct();
    }

    default CountKind countA() {
        return a().count();
    }

    default int providersA() {
        return a().providers();
    }

    default Double ciLowA() {
        return a().ciLow();
    }

    default Double ciHighA() {
        return a().ciHigh();
    }

    default String readingsA() {
        return a().readings();
    }

    default String labelB() {
        return b().label();
    }

    default Integer xB() {
        return b().x();
    }

    default Integer nB() {
        return b().n();
    }

    default Double pctB() {
        return b().pct();
    }

    default CountKind countB() {
        return b().count();
    }

    default int providersB() {
        return b().providers();
    }

    default Double ciLowB() {
        return b().ciLow();
    }

    default Double ciHighB() {
        return b().ciHigh();
    }

    default String readingsB() {
        return b().readings();
    }

    default Double diff() {
        return outcome().diff();
    }

    default Double ciLow() {
        return outcome().ciLow();
    }

    default Double ciHigh() {
        return outcome().ciHigh();
    }

    default Double z() {
        return outcome().z();
    }

    default Double p() {
        return outcome().p();
    }

    default TestUsed test() {
        return outcome().test();
    }

    default boolean significant() {
        return outcome().significant();
    }

    default Double h() {
        return outcome().h();
    }

    default Double fisherP() {
        return outcome().fisherP();
    }

    default boolean approximate() {
        return outcome().approximate();
    }

    default String method() {
        return outcome().method();
    }

    default String notTestedReason() {
        return outcome().notTestedReason();
    }

    default String notTestedKind() {
        return outcome().notTestedKind();
    }

    default Double pMin() {
        return verdicts().pMin();
    }

    default Double pMax() {
        return verdicts().pMax();
    }

    default String verdict() {
        return verdicts().verdict();
    }

    default Integer readings() {
        return verdicts().readings();
    }

    default Double q() {
        return verdicts().q();
    }

    default String bhVerdict() {
        return verdicts().bhVerdict();
    }

    default Double holmP() {
        return verdicts().holmP();
    }

    default String holmVerdict() {
        return verdicts().holmVerdict();
    }
}
