package org.probation.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.probation.analytics.comparison.ComparisonColumns;
import org.probation.analytics.comparison.ComparisonRow;

/** The package rules of STYLE.md, checked on the compiled main classes. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // what Spring AOT generates into target/classes at package: Foo__BeanDefinitions, Foo$$SpringCGLIB$$0
            .withImportOption(location -> !location.contains("__") && !location.contains("$$SpringCGLIB$$"))
            .importPackages("org.probation.analytics");

    @Test
    void feature_packages_do_not_depend_on_each_other_in_cycles() {
        slices().matching("org.probation.analytics.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void stats_depends_on_nothing_of_the_app_nor_on_spring_jooq_or_vaadin() {
        noClasses()
                .that()
                .resideInAPackage("..stats..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "org.jooq..",
                        "com.vaadin..",
                        "org.probation.analytics.db..",
                        "org.probation.analytics.base..",
                        "org.probation.analytics.inspection..",
                        "org.probation.analytics.dataset..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void views_use_no_jooq_types() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jooq..", "org.probation.analytics.db..")
                .check(CLASSES);
    }

    @Test
    void only_repositories_and_the_dataset_loader_use_jooq() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Repository")
                .and()
                .resideOutsideOfPackages("org.probation.analytics.db..", "org.probation.analytics.dataset..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jooq..", "org.probation.analytics.db..")
                .check(CLASSES);
    }

    @Test
    void views_talk_to_services_not_to_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void the_comparison_engine_knows_nothing_of_the_features_built_on_it() {
        // sub-samples and changes use the engine (ComparisonService); the engine never reaches back
        noClasses()
                .that()
                .resideInAPackage("org.probation.analytics.comparison..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.probation.analytics.subsample..", "org.probation.analytics.changes..")
                .check(CLASSES);
    }

    @Test
    void views_take_significance_from_the_service_not_from_verdict_columns() {
        // what "significant" means under an adjustment is decided by Adjustment and ComparisonSummary
        // (the comparison service), never by a view reading a row's adjusted-verdict columns itself
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .callMethod(ComparisonColumns.class, "bhVerdict")
                .orShould()
                .callMethod(ComparisonColumns.class, "holmVerdict")
                .orShould()
                .callMethod(ComparisonRow.Verdicts.class, "bhVerdict")
                .orShould()
                .callMethod(ComparisonRow.Verdicts.class, "holmVerdict")
                .check(CLASSES);
    }

    @Test
    void no_code_names_a_framework_by_its_code() {
        // frameworks are data (datasets/frameworks.csv): no class outside the synthetic generator holds a
        // framework's code as a constant, so adding one never needs a code change
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that()
                .resideOutsideOfPackage("org.probation.analytics.synthetic..")
                .should(ArchitectureTest.holdNoFrameworkCode())
                .check(CLASSES);
    }

    /** Violated by a class whose compiled form holds a bundled framework code ("nps-2018", "pdu-2021"). */
    private static com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>
            holdNoFrameworkCode() {
        return new com.tngtech.archunit.lang.ArchCondition<>("hold no framework code as a string constant") {
            @Override
            public void check(
                    com.tngtech.archunit.core.domain.JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
                for (String code : FRAMEWORK_CODES) {
                    if (constants(item).contains(code)) {
                        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                item, item.getName() + " holds the framework code '" + code + "'"));
                    }
                }
            }
        };
    }

    /** The bundled frameworks' codes, read from the data they live in. */
    private static final java.util.List<String> FRAMEWORK_CODES = readFrameworkCodes();

    private static java.util.List<String> readFrameworkCodes() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("datasets/frameworks.csv")).stream()
                    .skip(1)
                    .map(line -> line.substring(0, line.indexOf(',')))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The string constants of a compiled class (its constant pool's UTF-8 entries). */
    private static java.util.Set<String> constants(com.tngtech.archunit.core.domain.JavaClass item) {
        String resource = "/" + item.getName().replace('.', '/') + ".class";
        try (java.io.InputStream in = ArchitectureTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return java.util.Set.of();
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            java.util.Set<String> found = new java.util.HashSet<>();
            for (String code : FRAMEWORK_CODES) {
                if (text.contains(code)) {
                    found.add(code);
                }
            }
            return found;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A feature's tables are read by its own repository, which only its own package uses: another
     * feature gets that data through the feature's service, even from a database that is not the
     * app's (an import's sandbox: the service takes the sandbox), never by constructing or calling
     * a repository of another package.
     */
    @Test
    void a_repository_is_used_only_in_its_own_package() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Repository")
                .should(beUsedOnlyInTheirOwnPackage())
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be used only by classes of their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getDirectDependenciesToSelf().stream()
                        .filter(d -> !d.getOriginClass().getPackageName().equals(repository.getPackageName()))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        };
    }
}
