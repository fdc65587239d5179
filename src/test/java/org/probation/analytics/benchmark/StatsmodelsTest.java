package org.probation.analytics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 5: the benchmark on a machine without statsmodels skips that part with a reason
 * that says how to install it, instead of stopping with a stack trace.
 */
class StatsmodelsTest {

    @Test
    void a_missing_python_is_named_with_the_package_to_install() {
        String why = Statsmodels.missing("/nonexistent/python3");

        assertThat(why).startsWith("no /nonexistent/python3").endsWith(Statsmodels.INSTALL);
    }

    @Test
    void a_python_without_the_module_is_named_with_the_package_to_install() throws Exception {
        // /bin/false exits non-zero whatever it is asked: it stands for a python without the module
        String why = Statsmodels.missing("/bin/false");

        assertThat(why).startsWith("/bin/false has no statsmodels").endsWith(Statsmodels.INSTALL);
    }
}
