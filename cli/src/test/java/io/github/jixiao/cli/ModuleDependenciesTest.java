package io.github.jixiao.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the module arrows: core depends on nothing but annotations; rules and io on core; cli on all; nothing
 * depends on cli, examples or benchmarks. It lives in cli, the one module whose test class path holds every library
 * module; that examples and benchmarks have no dependents is also enforced by no pom declaring them.
 */
class ModuleDependenciesTest {
  private static final String CORE = "io.github.jixiao.core..";
  private static final String RULES = "io.github.jixiao.rules..";
  private static final String IO = "io.github.jixiao.io..";
  private static final String TESTING = "io.github.jixiao.testing..";
  private static final String CLI = "io.github.jixiao.cli..";
  private static final String EXAMPLES = "io.github.jixiao.examples..";
  private static final String BENCHMARKS = "io.github.jixiao.benchmarks..";
  private static JavaClasses production;

  @BeforeAll
  static void importClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.jixiao");
  }

  @Test
  void core_dependsOnlyOnTheJdkAndAnnotationApis() {
    classes().that().resideInAPackage(CORE)
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage(CORE, "java..", "jakarta.validation..", "org.jspecify..", "org.immutables.value..")
        .check(production);
  }

  @Test
  void rules_dependOnlyOnCore() {
    noClasses().that().resideInAPackage(RULES)
        .should().dependOnClassesThat().resideInAnyPackage(IO, TESTING, CLI, EXAMPLES, BENCHMARKS)
        .check(production);
  }

  @Test
  void io_dependsOnlyOnCore() {
    noClasses().that().resideInAPackage(IO)
        .should().dependOnClassesThat().resideInAnyPackage(RULES, TESTING, CLI, EXAMPLES, BENCHMARKS)
        .check(production);
  }

  @Test
  void everyModule_isOnThisClassPath() {
    for (String pkg : new String[] {"io.github.jixiao.core", "io.github.jixiao.rules", "io.github.jixiao.io",
        "io.github.jixiao.testing", "io.github.jixiao.cli"}) {
      org.assertj.core.api.Assertions.assertThat(production.containPackage(pkg)).as(pkg).isTrue();
    }
  }

  @Test
  void testing_doesNotDependOnTheApplicationModules() {
    noClasses().that().resideInAPackage(TESTING)
        .should().dependOnClassesThat().resideInAnyPackage(CLI, EXAMPLES, BENCHMARKS)
        .check(production);
  }

  @Test
  void nothing_dependsOnCliExamplesOrBenchmarks() {
    noClasses().that().resideOutsideOfPackages(CLI, EXAMPLES, BENCHMARKS)
        .should().dependOnClassesThat().resideInAnyPackage(CLI, EXAMPLES, BENCHMARKS)
        .check(production);
    noClasses().that().resideInAPackage(CLI)
        .should().dependOnClassesThat().resideInAnyPackage(EXAMPLES, BENCHMARKS)
        .allowEmptyShould(true)
        .check(production);
  }
}
