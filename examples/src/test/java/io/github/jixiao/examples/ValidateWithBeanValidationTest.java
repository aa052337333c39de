package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ValidateWithBeanValidationTest {
  @Test
  void main_reportsTheStructuralAndTheRuleViolationsTogether_atFieldPaths() {
    String printed = Capture.stdout(() -> ValidateWithBeanValidation.main(new String[0]));
    assertThat(printed).contains("funds.otherPortion | constraint | ")
        .contains("funds.adjustedBudgetRevenue | DW-F-03 | DW-F-03 ")
        .contains("annualGoals.expectedGoals[5] | DW-G-01 | ")
        .contains("keyProjects[0].funds.total.note | PRJ-D-04 | PRJ-D-04 ");
    assertThat(printed.lines().reduce((a, b) -> b)).hasValueSatisfying(l -> assertThat(l).endsWith(" violations"));
  }
}
