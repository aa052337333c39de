package io.github.jixiao.core;

import static io.github.jixiao.core.TestForms.wan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProjectFundsTest {
  private static BeanValidation validation;

  @BeforeAll
  static void openValidation() {
    validation = new BeanValidation();
  }

  @AfterAll
  static void closeValidation() {
    validation.close();
  }

  private static ProjectFunds full() {
    return new ProjectFunds(TestForms.fullFundRow(), FundRow.of(wan("1"), null, null), FundRow.of(wan("2"), null, null),
        FundRow.of(wan("3"), null, null), FundRow.of(wan("4"), null, null), FundRow.of(wan("5"), null, null),
        FundRow.blank());
  }

  private static ProjectFunds other() {
    return new ProjectFunds(TestForms.otherFundRow(), FundRow.of(null, wan("1"), null),
        FundRow.of(null, wan("2"), null), FundRow.of(null, wan("3"), null), FundRow.of(null, wan("4"), null),
        FundRow.of(null, wan("5"), null), FundRow.of(null, wan("6"), null));
  }

  private static RecordContract<ProjectFunds> contract() {
    return RecordContract.of(ProjectFunds.class, full(), other());
  }

  //----- the record -----
  @Test
  void equalsAndHashCode_dependOnEveryComponent() {
    contract().assertEqualsAndHashCode();
  }

  @Test
  void constructor_refusesANullTotal_namingIt_andAcceptsMissingSourceRows() {
    contract().assertNullHostility();
  }

  @Test
  void builder_requiresTheTotalRow() {
    contract().assertBuilder();
  }

  @Test
  void withers_replaceOneComponentAndLeaveTheOriginalUnchanged() {
    contract().assertWithers();
  }

  //----- ofTotal -----
  @Test
  void ofTotal_hasOnlyTheTotalRow_andNoBlankRowsStandingInForMissingOnes() {
    ProjectFunds funds = ProjectFunds.ofTotal(TestForms.fullFundRow());
    assertThat(funds).isEqualTo(new ProjectFunds(TestForms.fullFundRow(), null, null, null, null, null, null));
    assertThatThrownBy(() -> ProjectFunds.ofTotal(null)).isInstanceOf(NullPointerException.class).hasMessage("total");
  }

  //----- Bean Validation -----
  @Test
  void validation_cascadesIntoEveryRow() {
    assertThat(validation.violations(full())).isEmpty();
    ProjectFunds negative = full()
        .withTotal(TestForms.fullFundRow().withInitialBudget(wan("-1")))
        .withUnitOwnFunds(FundRow.of(null, null, wan("-5")));
    assertThat(validation.violations(negative))
        .containsExactly("total.initialBudget NonNegative", "unitOwnFunds.executed NonNegative");
  }
}
