package org.probation.analytics.comparison;

import java.util.List;

/** Two successive inspections of a provider (or of its predecessor) and their comparison, question by question. */
public record PairComparison(InspectionChoice before, InspectionChoice after, List<ComparisonRow> rows) {}
