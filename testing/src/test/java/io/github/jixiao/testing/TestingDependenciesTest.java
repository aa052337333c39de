package io.github.jixiao.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Guards what {@code jixiao-testing} may use: the model and the JDK (and annotation APIs), never a test framework (so
 * that it works under any), nor {@code jixiao-rules} or {@code jixiao-io}, whose tests use it.
 */
class TestingDependenciesTest {
  @Test
  void theKit_dependsOnlyOnCoreTheJdkAndAnnotationApis() {
    JavaClasses kit = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.jixiao.testing");
    classes().that().resideInAPackage("io.github.jixiao.testing..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("io.github.jixiao.testing..", "io.github.jixiao.core..", "java..", "jakarta.validation..",
            "org.jspecify..", "org.immutables.value..")
        .check(kit);
  }
}
