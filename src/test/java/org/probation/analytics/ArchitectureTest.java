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

/** The package rules of STYLE.md, checked on the compiled main classes. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // what Spring AOT generates into target/classes at package: Foo__BeanDefinitions, Foo$$SpringCGLIB$$0
            .withImportOption(location -> !location.contains("__") && !location.contains("$$SpringCGLIB$$"))
            .importPackages("org.probation.analytics");

    @Test
    void feature_packages_do_not_depend_on_each_other_in_cycles() {
        slices().matching("org.probation.analytics.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void stats_depends_on_nothing_of_the_app_nor_on_spring_jooq_or_vaadin() {
        noClasses().that().resideInAPackage("..stats..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.jooq..", "com.vaadin..", "org.probation.analytics.db..",
                        "org.probation.analytics.base..", "org.probation.analytics.inspection..",
                        "org.probation.analytics.dataset..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void views_use_no_jooq_types() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.probation.analytics.db..")
                .check(CLASSES);
    }

    @Test
    void only_repositories_and_the_dataset_loader_use_jooq() {
        noClasses().that().haveSimpleNameNotEndingWith("Repository")
                .and().resideOutsideOfPackages("org.probation.analytics.db..", "org.probation.analytics.dataset..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.probation.analytics.db..")
                .check(CLASSES);
    }

    @Test
    void views_talk_to_services_not_to_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    /**
     * A feature's tables are read by its own repository, which only its own package uses: another
     * feature gets that data through the feature's service, even from a database that is not the
     * app's (an import's sandbox: the service takes the sandbox), never by constructing or calling
     * a repository of another package.
     */
    @Test
    void a_repository_is_used_only_in_its_own_package() {
        classes().that().haveSimpleNameEndingWith("Repository")
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
