package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.DepartmentSelfEvaluation;
import io.github.jixiao.testing.ForAll;
import io.github.jixiao.testing.FormGenerators;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The standard department rule set over 10 000 well-formed generated department forms. */
class DepartmentRulesPropertiesTest {
  private static final int CASES = 10_000;

  @Test
  void wellFormedDepartmentForm_failsNoRuleOfTheStandardSet() {
    ForAll.forAll(FormGenerators::department)
        .named("no rule of the standard department set fails on a well-formed form")
        .cases(CASES)
        .seed(0xDE9A_2021L)
        .check(form -> {
          AuditResult result = DepartmentRules.standardSet().audit(form);
          assertThat(result.hasFailures(Severity.ERROR)).as("an ERROR").isFalse();
          assertThat(result.failures()).extracting(f -> f.code() + " " + f.path() + ": " + f.message(Locale.ENGLISH))
              .isEmpty();
        });
  }

  @Test
  void audit_isDeterministic_forEqualGeneratedForms() {
    ForAll.forAll(random -> random.nextLong())
        .named("auditing the same generated form twice gives the same findings")
        .cases(1_000)
        .check(seed -> {
          DepartmentSelfEvaluation a = ForAll.sample(FormGenerators::department, seed);
          DepartmentSelfEvaluation b = ForAll.sample(FormGenerators::department, seed);
          assertThat(a).isEqualTo(b);
          assertThat(DepartmentRules.standardSet().audit(a).findings().toString())
              .isEqualTo(DepartmentRules.standardSet().audit(b).findings().toString());
        });
  }
}
