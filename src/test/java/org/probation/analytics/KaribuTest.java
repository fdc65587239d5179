package org.probation.analytics;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Browserless UI tests: the real Spring context and database (an in-memory DuckDB loaded from
 * the small test dataset), Vaadin mocked by Karibu-Testing.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:duckdb:memory:karibu",
            "inspections.datasets-dir=src/test/resources/datasets/minimal"
        })
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.probation.analytics");
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }
}
