package org.probation.analytics.comparison.ui;

import org.probation.analytics.KaribuTest;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Browserless tests of the comparison views on the four seed inspections (comparisons need more
 * than the one-inspection fixture), in their own in-memory DuckDB; the Vaadin mocking is
 * {@link KaribuTest}'s.
 */
@SpringBootTest(
        properties = {"spring.datasource.url=jdbc:duckdb:memory:karibu-seeds", "inspections.datasets-dir=datasets"})
public abstract class SeedKaribuTest extends KaribuTest {}
